package kg.tereze.appeals.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;


import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Open311 clients' keys, stored as their SHA-256; a key posts for its own municipality only. */
@Repository
public class ApiKeyStore {

	private final JdbcClient jdbc;

	ApiKeyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Long> municipalityOf(String key) {
		if (key == null || key.isBlank() || key.length() > 200) {
			return Optional.empty();
		}
		return jdbc.sql("select municipality_id from appeals_api_key where key_hash = ? and revoked_at is null").param(sha256(key))
			.query(Long.class).optional();
	}

	public void insert(long municipalityId, String name, String key, Instant at) {
		jdbc.sql("""
				insert into appeals_api_key (municipality_id, name, key_hash, created_at) values (?, ?, ?, ?)
				on conflict (key_hash) do nothing""")
			.params(municipalityId, name, sha256(key), at.atOffset(ZoneOffset.UTC)).update();
	}

	public List<Open311Key> of(long municipalityId) {
		return jdbc.sql("select * from appeals_api_key where municipality_id = ? order by revoked_at nulls first, id desc")
			.param(municipalityId)
			.query((rs, n) -> new Open311Key(rs.getLong("id"), rs.getString("name"), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("revoked_at") == null ? null : rs.getTimestamp("revoked_at").toInstant()))
			.list();
	}

	public long create(long municipalityId, String name, String key, Instant at) {
		return jdbc.sql("insert into appeals_api_key (municipality_id, name, key_hash, created_at) values (?, ?, ?, ?) returning id")
			.params(municipalityId, name, sha256(key), at.atOffset(ZoneOffset.UTC)).query(Long.class).single();
	}

	/** True when the key was the municipality's and still in use. */
	public boolean revoke(long municipalityId, long id, Instant at) {
		return jdbc.sql("update appeals_api_key set revoked_at = ? where id = ? and municipality_id = ? and revoked_at is null")
			.params(at.atOffset(ZoneOffset.UTC), id, municipalityId).update() == 1;
	}

	static String sha256(String key) {
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
