package kg.tereze.municipality.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import kg.tereze.municipality.SigningKeys.PublicKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code signing_key}: each municipality's Ed25519 keys, the current one and those retired. */
@Repository
public class SigningKeyStore {

	/** The private half of a municipality's current key, as stored (PKCS#8). */
	public record StoredPrivate(String keyId, byte[] pkcs8) {
	}

	private static final String PUBLIC = "select key_id, municipality_id, public_key, created_at, retired_at from signing_key";

	private final JdbcClient jdbc;

	SigningKeyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<PublicKey> published(long municipalityId) {
		return jdbc.sql(PUBLIC + " where municipality_id = ? order by retired_at is not null, created_at desc")
			.param(municipalityId).query(SigningKeyStore::publicKey).list();
	}

	public List<PublicKey> published() {
		return jdbc.sql(PUBLIC + " order by municipality_id, retired_at is not null, created_at desc")
			.query(SigningKeyStore::publicKey).list();
	}

	public Optional<PublicKey> find(String keyId) {
		return jdbc.sql(PUBLIC + " where key_id = ?").param(keyId).query(SigningKeyStore::publicKey).optional();
	}

	public Optional<StoredPrivate> current(long municipalityId) {
		return jdbc.sql("select key_id, private_key from signing_key where municipality_id = ? and retired_at is null")
			.param(municipalityId).query((rs, n) -> new StoredPrivate(rs.getString(1), rs.getBytes(2))).optional();
	}

	public void retire(long municipalityId, Instant at) {
		jdbc.sql("update signing_key set retired_at = ? where municipality_id = ? and retired_at is null")
			.params(Timestamp.from(at), municipalityId).update();
	}

	/** The number of the municipality's next key: its keys are named {@code KAR-1}, {@code KAR-2}, … */
	public int nextSerial(long municipalityId) {
		return jdbc.sql("select count(*) + 1 from signing_key where municipality_id = ?")
			.param(municipalityId).query(Integer.class).single();
	}

	/** False when another node stored a key of that name at the same moment. */
	public boolean insert(long municipalityId, String keyId, byte[] publicKey, byte[] privateKey, Instant at) {
		return jdbc.sql("""
				insert into signing_key (municipality_id, key_id, public_key, private_key, created_at)
				values (?, ?, ?, ?, ?) on conflict do nothing""")
			.params(municipalityId, keyId, publicKey, privateKey, Timestamp.from(at))
			.update() == 1;
	}

	private static PublicKey publicKey(ResultSet rs, int n) throws SQLException {
		OffsetDateTime retired = rs.getObject("retired_at", OffsetDateTime.class);
		return new PublicKey(rs.getString("key_id"), rs.getLong("municipality_id"), rs.getBytes("public_key"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), retired == null ? null : retired.toInstant());
	}
}
