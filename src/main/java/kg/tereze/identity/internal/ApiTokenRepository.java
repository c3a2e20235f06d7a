package kg.tereze.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import kg.tereze.identity.ApiToken;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ApiTokenRepository {

	private static final String COLUMNS = "select id, name, prefix, created_at, last_used_at, revoked_at from api_token";

	private final JdbcClient jdbc;

	ApiTokenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long userId, String name, String hash, String prefix, Instant at) {
		return jdbc.sql("insert into api_token (user_id, name, token_hash, prefix, created_at) values (?, ?, ?, ?, ?) returning id")
			.params(userId, name, hash, prefix, at.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	public boolean existsHash(String hash) {
		return jdbc.sql("select exists (select 1 from api_token where token_hash = ?)").param(hash).query(Boolean.class).single();
	}

	public List<ApiToken> ofUser(long userId) {
		return jdbc.sql(COLUMNS + " where user_id = ? order by revoked_at nulls first, created_at desc")
			.param(userId)
			.query(ApiTokenRepository::map)
			.list();
	}

	public Optional<ApiToken> find(long userId, long id) {
		return jdbc.sql(COLUMNS + " where user_id = ? and id = ?").params(userId, id).query(ApiTokenRepository::map).optional();
	}

	public void revoke(long id, Instant at) {
		jdbc.sql("update api_token set revoked_at = ? where id = ? and revoked_at is null").params(at.atOffset(ZoneOffset.UTC), id).update();
	}

	/** The user of a live token; touches last_used_at at most once a minute so that reads stay reads. */
	public Optional<Long> userOf(String hash, Instant now) {
		record Live(long userId, OffsetDateTime lastUsed) {
		}
		Optional<Live> live = jdbc.sql("select user_id, last_used_at from api_token where token_hash = ? and revoked_at is null")
			.param(hash)
			.query((rs, i) -> new Live(rs.getLong(1), rs.getObject(2, OffsetDateTime.class)))
			.optional();
		live.filter(l -> l.lastUsed() == null || l.lastUsed().toInstant().isBefore(now.minusSeconds(60)))
			.ifPresent(l -> jdbc.sql("update api_token set last_used_at = ? where token_hash = ?")
				.params(now.atOffset(ZoneOffset.UTC), hash)
				.update());
		return live.map(Live::userId);
	}

	private static ApiToken map(ResultSet rs, int row) throws SQLException {
		return new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"),
				instant(rs, "created_at"), instant(rs, "last_used_at"), instant(rs, "revoked_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
