package kg.tereze.messaging.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import kg.tereze.messaging.ChannelKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The municipalities' WhatsApp numbers and Telegram bots. */
@Repository
public class ChannelStore {

	public record Channel(long id, long municipalityId, ChannelKind kind, String externalId, String sendToken,
			boolean active) {
	}

	/** A lookup remembered for a while, so that a webhook's answer needs no query for its channel. */
	private record Remembered(Optional<Channel> channel, long until) {
	}

	private static final long REMEMBER_NANOS = 30_000_000_000L;

	private static final int MAX_REMEMBERED = 10_000;

	private final JdbcClient jdbc;

	private final ConcurrentHashMap<String, Remembered> remembered = new ConcurrentHashMap<>();

	ChannelStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The WhatsApp number a delivery was made to, by the {@code phone_number_id} in its metadata. A
	 * channel switched off stops taking deliveries within 30 seconds.
	 */
	public Optional<Channel> whatsApp(String phoneNumberId) {
		return remember("W" + phoneNumberId, () -> jdbc
			.sql("select * from messaging_channel where kind = 'WHATSAPP' and external_id = ? and active")
			.param(phoneNumberId).query(ChannelStore::channel).optional());
	}

	/** The Telegram bot whose secret token came with an update. */
	public Optional<Channel> telegramBySecret(String secret) {
		String hash = Secrets.sha256(secret);
		return remember("T" + hash, () -> jdbc
			.sql("select * from messaging_channel where kind = 'TELEGRAM' and secret_hash = ? and active")
			.param(hash).query(ChannelStore::channel).optional());
	}

	private Optional<Channel> remember(String key, Supplier<Optional<Channel>> lookup) {
		long now = System.nanoTime();
		Remembered r = remembered.get(key);
		if (r != null && now - r.until() < 0) {
			return r.channel();
		}
		if (remembered.size() > MAX_REMEMBERED) {
			// Unknown ids sent by someone probing: forget them all rather than grow.
			remembered.clear();
		}
		Optional<Channel> found = lookup.get();
		remembered.put(key, new Remembered(found, now + REMEMBER_NANOS));
		return found;
	}

	/** A channel of the municipality. */
	public Optional<Channel> find(long municipalityId, long id) {
		return jdbc.sql("select * from messaging_channel where id = ? and municipality_id = ?").params(id, municipalityId)
			.query(ChannelStore::channel).optional();
	}

	/** A channel by id alone: for the workers, which act for whichever municipality the row they hold names. */
	public Optional<Channel> find(long id) {
		return jdbc.sql("select * from messaging_channel where id = ?").param(id).query(ChannelStore::channel).optional();
	}

	public List<Channel> of(long municipalityId) {
		return jdbc.sql("select * from messaging_channel where municipality_id = ? order by kind, id").param(municipalityId)
			.query(ChannelStore::channel).list();
	}

	public void insert(long municipalityId, ChannelKind kind, String externalId, String secret, String sendToken) {
		jdbc.sql("""
				insert into messaging_channel (municipality_id, kind, external_id, secret_hash, send_token)
				values (?, ?, ?, ?, ?) on conflict (kind, external_id) do nothing""")
			.params(municipalityId, kind.name(), externalId, secret == null ? null : Secrets.sha256(secret), sendToken)
			.update();
		remembered.clear();
	}

	/** A channel as its administrator sees it: when residents last wrote, and what waits to be sent. */
	public record ChannelState(Channel channel, java.time.Instant lastInbound, long pending, long failed) {
	}

	public List<ChannelState> states(long municipalityId) {
		return jdbc.sql("""
				select c.*,
				       (select max(last_inbound_at) from messaging_contact k where k.channel_id = c.id) as last_inbound,
				       (select count(*) from messaging_outbox o where o.channel_id = c.id and o.state = 'PENDING') as pending,
				       (select count(*) from messaging_outbox o where o.channel_id = c.id and o.state = 'FAILED') as failed
				from messaging_channel c where c.municipality_id = ? order by c.kind, c.id""")
			.param(municipalityId)
			.query((rs, n) -> new ChannelState(channel(rs, n),
					rs.getTimestamp("last_inbound") == null ? null : rs.getTimestamp("last_inbound").toInstant(),
					rs.getLong("pending"), rs.getLong("failed")))
			.list();
	}

	public boolean exists(ChannelKind kind, String externalId) {
		return jdbc.sql("select count(*) from messaging_channel where kind = ? and lower(external_id) = lower(?)")
			.params(kind.name(), externalId).query(Long.class).single() > 0;
	}

	public long add(long municipalityId, ChannelKind kind, String externalId, String secret, String sendToken) {
		long id = jdbc.sql("""
				insert into messaging_channel (municipality_id, kind, external_id, secret_hash, send_token)
				values (?, ?, ?, ?, ?) returning id""")
			.params(municipalityId, kind.name(), externalId, secret == null ? null : Secrets.sha256(secret), sendToken)
			.query(Long.class).single();
		remembered.clear();
		return id;
	}

	public void change(long id, String sendToken, String secret, boolean active) {
		jdbc.sql("""
				update messaging_channel set send_token = coalesce(?, send_token),
				       secret_hash = coalesce(?, secret_hash), active = ? where id = ?""")
			.params(sendToken, secret == null ? null : Secrets.sha256(secret), active, id).update();
		remembered.clear();
	}

	private static Channel channel(ResultSet rs, int n) throws SQLException {
		return new Channel(rs.getLong("id"), rs.getLong("municipality_id"), ChannelKind.valueOf(rs.getString("kind")),
				rs.getString("external_id"), rs.getString("send_token"), rs.getBoolean("active"));
	}
}
