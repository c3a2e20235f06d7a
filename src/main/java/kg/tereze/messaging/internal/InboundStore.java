package kg.tereze.messaging.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Messages as they came in, stored before the webhook is answered. The channel's message id is
 * unique per channel, so a repeat delivery is stored no second time.
 */
@Repository
public class InboundStore {

	/** An incoming message to process; {@code payload} is the channel's own JSON of it. */
	public record Inbound(long id, long channelId, String externalId, Instant receivedAt, String payload, int attempts) {
	}

	/** One message of a delivery, as it is to be stored. */
	public record Arrival(long channelId, String externalId, String payload) {
	}

	private final JdbcClient jdbc;

	InboundStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores those not stored yet; answers how many were new. */
	public int store(List<Arrival> arrivals, Instant at) {
		int stored = 0;
		for (Arrival a : arrivals) {
			stored += jdbc.sql("""
					insert into messaging_inbound (channel_id, external_id, received_at, payload) values (?, ?, ?, ?)
					on conflict (channel_id, external_id) do nothing""")
				.params(a.channelId(), a.externalId(), at.atOffset(ZoneOffset.UTC), a.payload()).update();
		}
		return stored;
	}

	/**
	 * Takes up to {@code limit} new messages for a while ({@code lease}); another node skips them, and if
	 * this one stops before it is done they come back when the lease ends.
	 */
	public List<Inbound> claim(int limit, Instant now, Duration lease) {
		return jdbc.sql("""
				update messaging_inbound set lease_until = :until, attempts = attempts + 1
				 where id in (select id from messaging_inbound
				               where state = 'NEW' and (lease_until is null or lease_until < :now)
				               order by id limit :limit for update skip locked)
				returning id, channel_id, external_id, received_at, payload, attempts""")
			.param("until", now.plus(lease).atOffset(ZoneOffset.UTC)).param("now", now.atOffset(ZoneOffset.UTC))
			.param("limit", limit)
			.query((rs, n) -> new Inbound(rs.getLong("id"), rs.getLong("channel_id"), rs.getString("external_id"),
					rs.getTimestamp("received_at").toInstant(), rs.getString("payload"), rs.getInt("attempts")))
			.list()
			.stream().sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
	}

	public void done(long id) {
		jdbc.sql("update messaging_inbound set state = 'DONE', lease_until = null, error = null where id = ?").param(id).update();
	}

	/** A try failed: again after {@code retryAt}, or never once {@code last}. */
	public void failed(long id, String error, Instant retryAt, boolean last) {
		jdbc.sql("update messaging_inbound set state = ?, lease_until = ?, error = ? where id = ?")
			.params(last ? "FAILED" : "NEW", retryAt.atOffset(ZoneOffset.UTC), error, id).update();
	}

	public void contacted(long channelId, String address, Instant at) {
		jdbc.sql("""
				insert into messaging_contact (channel_id, address, last_inbound_at) values (?, ?, ?)
				on conflict (channel_id, address) do update set last_inbound_at = greatest(messaging_contact.last_inbound_at, excluded.last_inbound_at)""")
			.params(channelId, address, at.atOffset(ZoneOffset.UTC)).update();
	}
}
