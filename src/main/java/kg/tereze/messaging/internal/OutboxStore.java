package kg.tereze.messaging.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import kg.tereze.messaging.Delivery;

import kg.tereze.shared.Lease;
import kg.tereze.shared.LeasedTable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Messages waiting to go out, and how each went. */
@Repository
public class OutboxStore {

	/** A message to send now. */
	public record Pending(long id, long channelId, String recipient, String body, String language, int attempts) {
	}

	private final JdbcClient jdbc;

	OutboxStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long municipalityId, long channelId, String recipient, String body, String language, Instant at) {
		return jdbc.sql("""
				insert into messaging_outbox (municipality_id, channel_id, recipient, body, language, next_attempt_at, created_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(municipalityId, channelId, recipient, body, language, at.atOffset(ZoneOffset.UTC), at.atOffset(ZoneOffset.UTC))
			.query(Long.class).single();
	}

	/** Messages due for a (first or next) try; held through {@link kg.tereze.shared.Leases} while they are sent. */
	public static final LeasedTable LEASED = new LeasedTable("messaging_outbox", "id",
			"state = 'PENDING' and next_attempt_at <= :now", "next_attempt_at, id", "attempts = attempts + 1");

	/** The messages of a lease. */
	public List<Pending> of(Lease<Long> lease) {
		if (lease.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select id, channel_id, recipient, body, language, attempts from messaging_outbox where id in (:ids) order by id")
			.param("ids", lease.keys())
			.query((rs, n) -> new Pending(rs.getLong("id"), rs.getLong("channel_id"), rs.getString("recipient"),
					rs.getString("body"), rs.getString("language"), rs.getInt("attempts")))
			.list();
	}

	public void sent(long id, String sentAs, String externalId, Instant at) {
		jdbc.sql("update messaging_outbox set state = 'SENT', sent_as = ?, external_id = ?, sent_at = ?, last_error = null where id = ?")
			.params(sentAs, externalId, at.atOffset(ZoneOffset.UTC), id).update();
	}

	public void retry(long id, String error, Instant next) {
		jdbc.sql("update messaging_outbox set last_error = ?, next_attempt_at = ? where id = ?")
			.params(error, next.atOffset(ZoneOffset.UTC), id).update();
	}

	public void failed(long id, String error) {
		jdbc.sql("update messaging_outbox set state = 'FAILED', last_error = ? where id = ?").params(error, id).update();
	}

	public boolean withinWindow(long channelId, String address, Instant since) {
		return jdbc.sql("select exists (select 1 from messaging_contact where channel_id = ? and address = ? and last_inbound_at >= ?)")
			.params(channelId, address, since.atOffset(ZoneOffset.UTC)).query(Boolean.class).single();
	}

	public List<Delivery> deliveries(long municipalityId, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from messaging_outbox where municipality_id = :m and id in (:ids) order by id")
			.param("m", municipalityId).param("ids", ids).query(OutboxStore::delivery).list();
	}

	private static Delivery delivery(ResultSet rs, int n) throws SQLException {
		Timestamp sent = rs.getTimestamp("sent_at");
		return new Delivery(rs.getLong("id"), Delivery.State.valueOf(rs.getString("state")), rs.getInt("attempts"),
				rs.getString("last_error"), sent == null ? null : sent.toInstant());
	}
}
