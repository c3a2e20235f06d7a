package kg.tereze.messaging.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import kg.tereze.messaging.ChannelKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The municipalities' WhatsApp numbers and Telegram bots. */
@Repository
public class ChannelStore {

	public record Channel(long id, long municipalityId, ChannelKind kind, String externalId, String sendToken,
			boolean active) {
	}

	private final JdbcClient jdbc;

	ChannelStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The WhatsApp number a delivery was made to, by the {@code phone_number_id} in its metadata. */
	public Optional<Channel> whatsApp(String phoneNumberId) {
		return jdbc.sql("select * from messaging_channel where kind = 'WHATSAPP' and external_id = ? and active")
			.param(phoneNumberId).query(ChannelStore::channel).optional();
	}

	/** The Telegram bot whose secret token came with an update. */
	public Optional<Channel> telegramBySecret(String secret) {
		return jdbc.sql("select * from messaging_channel where kind = 'TELEGRAM' and secret_hash = ? and active")
			.param(Secrets.sha256(secret)).query(ChannelStore::channel).optional();
	}

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
	}

	private static Channel channel(ResultSet rs, int n) throws SQLException {
		return new Channel(rs.getLong("id"), rs.getLong("municipality_id"), ChannelKind.valueOf(rs.getString("kind")),
				rs.getString("external_id"), rs.getString("send_token"), rs.getBoolean("active"));
	}
}
