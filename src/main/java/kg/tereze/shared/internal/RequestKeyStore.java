package kg.tereze.shared.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code shared_request_key}: the keys of requests from outside and what the first of each made. */
@Repository
public class RequestKeyStore {

	/** What a claimed key holds. */
	public record Kept(String fingerprint, String answer) {
	}

	/** Marks a claim whose work has not answered yet; never seen outside the claiming transaction. */
	private static final String PENDING = "";

	private final JdbcClient jdbc;

	RequestKeyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** True when this transaction now holds the key; false when another transaction committed it first. */
	public boolean claim(long scope, String kind, String key, String fingerprint, Instant at) {
		return jdbc.sql("""
				insert into shared_request_key (municipality_id, kind, key, fingerprint, answer, created_at)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(scope, kind, key, fingerprint, PENDING, at.atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	public void answer(long scope, String kind, String key, String answer) {
		if (answer == null || answer.isEmpty()) {
			throw new IllegalArgumentException("an idempotent request answers with what it made");
		}
		jdbc.sql("update shared_request_key set answer = ? where municipality_id = ? and kind = ? and key = ?")
			.params(answer, scope, kind, key).update();
	}

	public Optional<Kept> find(long scope, String kind, String key) {
		return jdbc.sql("select fingerprint, answer from shared_request_key where municipality_id = ? and kind = ? and key = ?")
			.params(scope, kind, key).query((rs, n) -> new Kept(rs.getString(1), rs.getString(2))).optional();
	}
}
