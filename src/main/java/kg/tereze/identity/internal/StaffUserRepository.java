package kg.tereze.identity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import kg.tereze.identity.Role;
import kg.tereze.identity.StaffUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class StaffUserRepository {

	private static final String COLUMNS = """
			select id, municipality_id, enterprise_id, username, full_name, roles, language, enabled, locked_until,
			       created_at from staff_user""";

	private final JdbcClient jdbc;

	StaffUserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A user of the municipality; with none given (a system administrator asking), any user. */
	public Optional<StaffUser> find(Long municipalityId, long id) {
		return jdbc.sql(COLUMNS + " where id = ? and (cast(? as bigint) is null or municipality_id = ?)")
			.params(id, municipalityId, municipalityId).query(StaffUserRepository::map).optional();
	}

	public Optional<StaffUser> find(long id) {
		return jdbc.sql(COLUMNS + " where id = ?").param(id).query(StaffUserRepository::map).optional();
	}

	public Optional<StaffUser> findByUsername(String username) {
		return jdbc.sql(COLUMNS + " where username = ?").param(username).query(StaffUserRepository::map).optional();
	}

	public Optional<String> passwordHash(String username) {
		return jdbc.sql("select password_hash from staff_user where username = ?").param(username).query(String.class).optional();
	}

	public Optional<String> passwordHash(long id) {
		return jdbc.sql("select password_hash from staff_user where id = ?").param(id).query(String.class).optional();
	}

	/** Users of one municipality, or of all when {@code municipalityId} is null; filtered by a text in name or username. */
	public List<StaffUser> list(Long municipalityId, String text, String sort, boolean ascending, int offset, int limit) {
		return jdbc.sql(COLUMNS + where(municipalityId) + " order by " + orderBy(sort) + (ascending ? " asc" : " desc")
				+ ", id offset :offset limit :limit")
			.param("m", municipalityId)
			.param("q", like(text))
			.param("offset", offset)
			.param("limit", limit)
			.query(StaffUserRepository::map)
			.list();
	}

	/** Enabled users of a municipality with the role (of the enterprise too, when one is given), by name. */
	public List<StaffUser> withRole(long municipalityId, Long enterpriseId, String role) {
		return jdbc.sql(COLUMNS + " " + """
				where municipality_id = :m and enabled and :role = any(roles)
				   and (cast(:e as bigint) is null or enterprise_id is null or enterprise_id = :e)
				 order by full_name, id""")
			.param("m", municipalityId).param("e", enterpriseId).param("role", role)
			.query(StaffUserRepository::map).list();
	}

	public boolean anyExists() {
		return jdbc.sql("select exists (select 1 from staff_user)").query(Boolean.class).single();
	}

	public long count(Long municipalityId, String text) {
		return jdbc.sql("select count(*) from staff_user" + where(municipalityId))
			.param("m", municipalityId)
			.param("q", like(text))
			.query(Long.class)
			.single();
	}

	private static String where(Long municipalityId) {
		return " where (" + (municipalityId == null ? "cast(:m as bigint) is null" : "municipality_id = :m")
				+ ") and (:q = '%%' or lower(username) like :q or lower(full_name) like :q)";
	}

	private static String like(String text) {
		return "%" + (text == null ? "" : text.trim().toLowerCase()) + "%";
	}

	private static String orderBy(String sort) {
		return switch (sort == null ? "" : sort) {
			case "fullName" -> "full_name";
			case "createdAt" -> "created_at";
			default -> "username";
		};
	}

	public long insert(Long municipalityId, Long enterpriseId, String username, String fullName, String hash,
			Set<Role> roles, String language, Instant at) {
		return jdbc.sql("""
				insert into staff_user (municipality_id, enterprise_id, username, full_name, password_hash, roles,
				                        language, created_at, password_changed_at)
				values (?, ?, ?, ?, ?, ?::text[], ?, ?, ?) returning id""")
			.params(municipalityId, enterpriseId, username, fullName, hash, arrayLiteral(roles), language,
					at.atOffset(ZoneOffset.UTC), at.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	public void update(long id, String fullName, Set<Role> roles, boolean enabled) {
		jdbc.sql("update staff_user set full_name = ?, roles = ?::text[], enabled = ? where id = ?")
			.params(fullName, arrayLiteral(roles), enabled, id)
			.update();
	}

	public void setPassword(long id, String hash, Instant at) {
		jdbc.sql("update staff_user set password_hash = ?, password_changed_at = ? where id = ?")
			.params(hash, at.atOffset(ZoneOffset.UTC), id)
			.update();
	}

	public void setLanguage(long id, String language) {
		jdbc.sql("update staff_user set language = ? where id = ?").params(language, id).update();
	}

	public void unlock(long id) {
		jdbc.sql("update staff_user set locked_until = null, failed_attempts = 0 where id = ?").param(id).update();
	}

	/**
	 * Counts a failed sign-in; the fifth in a row locks the account until {@code lockUntil}. One
	 * statement, so that parallel attempts cannot slip past the limit. True when this attempt locked it.
	 */
	public boolean countFailure(String username, int limit, Instant lockUntil) {
		return jdbc.sql("""
				update staff_user
				   set failed_attempts = case when failed_attempts + 1 >= :limit then 0 else failed_attempts + 1 end,
				       locked_until = case when failed_attempts + 1 >= :limit then :until else locked_until end
				 where username = :u
				returning locked_until = :until""")
			.param("limit", limit)
			.param("until", lockUntil.atOffset(ZoneOffset.UTC))
			.param("u", username)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	public void resetFailures(String username) {
		jdbc.sql("update staff_user set failed_attempts = 0 where username = ? and failed_attempts > 0").param(username).update();
	}

	private static String arrayLiteral(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(Collectors.joining(",", "{", "}"));
	}

	static StaffUser map(ResultSet rs, int row) throws SQLException {
		Array array = rs.getArray("roles");
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
		OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
		return new StaffUser(rs.getLong("id"), (Long) rs.getObject("municipality_id"),
				(Long) rs.getObject("enterprise_id"), rs.getString("username"), rs.getString("full_name"),
				Set.copyOf(roles), rs.getString("language"), rs.getBoolean("enabled"),
				locked == null ? null : locked.toInstant(), rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}
}
