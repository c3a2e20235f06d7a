package kg.tereze.messaging.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import kg.tereze.shared.Lease;
import kg.tereze.shared.LeasedTable;

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

	/** New messages, due for a (first or next) try; held through {@link kg.tereze.shared.Leases}. */
	public static final LeasedTable LEASED = new LeasedTable("messaging_inbound", "id",
			"state = 'NEW' and (retry_at is null or retry_at <= :now)", "id", "attempts = attempts + 1");

	/** The messages of a lease, oldest first. */
	public List<Inbound> of(Lease<Long> lease) {
		if (lease.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select id, channel_id, external_id, received_at, payload, attempts from messaging_inbound where id in (:ids) order by id")
			.param("ids", lease.keys())
			.query((rs, n) -> new Inbound(rs.getLong("id"), rs.getLong("channel_id"), rs.getString("external_id"),
					rs.getTimestamp("received_at").toInstant(), rs.getString("payload"), rs.getInt("attempts")))
			.list();
	}

	public void done(long id) {
		jdbc.sql("update messaging_inbound set state = 'DONE', retry_at = null, error = null where id = ?").param(id).update();
	}

	/** A try failed: again after {@code retryAt}, or never once {@code last}. */
	public void failed(long id, String error, Instant retryAt, boolean last) {
		jdbc.sql("update messaging_inbound set state = ?, retry_at = ?, error = ? where id = ?")
			.params(last ? "FAILED" : "NEW", retryAt.atOffset(ZoneOffset.UTC), error, id).update();
	}

	public void contacted(long channelId, String address, Instant at) {
		jdbc.sql("""
				insert into messaging_contact (channel_id, address, last_inbound_at) values (?, ?, ?)
				on conflict (channel_id, address) do update set last_inbound_at = greatest(messaging_contact.last_inbound_at, excluded.last_inbound_at)""")
			.params(channelId, address, at.atOffset(ZoneOffset.UTC)).update();
	}
}
