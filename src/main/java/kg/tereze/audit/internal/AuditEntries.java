package kg.tereze.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;


import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the audit trail: pages for people, a stream of whole chains for verification. */
@Repository
public class AuditEntries {

	private static final String COLUMNS = """
			id, chain_key, occurred_at, actor_user_id, actor, municipality_id, action, entity_type, entity_id,
			before_state, after_state, prev_hash, hash""";

	private final JdbcClient jdbc;

	AuditEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from audit_entry where true");
		List<Object> params = new ArrayList<>();
		filter.appendTo(sql, params);
		sql.append(" order by id ").append(filter.ascending() ? "asc" : "desc").append(" offset ? limit ?");
		params.add(offset);
		params.add(limit);
		return jdbc.sql(sql.toString()).params(params).query(AuditEntries::map).list();
	}

	public long count(AuditFilter filter) {
		StringBuilder sql = new StringBuilder("select count(*) from audit_entry where true");
		List<Object> params = new ArrayList<>();
		filter.appendTo(sql, params);
		return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
	}

	/** Every entry of the given chains (all chains when null), in chain order, without holding them all in memory. */
	public void forEachInChainOrder(Long onlyChain, Consumer<AuditEntry> consumer) {
		String where = onlyChain == null ? "" : " where chain_key = " + onlyChain;
		try (var entries = jdbc.sql("select " + COLUMNS + " from audit_entry" + where + " order by chain_key, id")
			.withFetchSize(1000)
			.query(AuditEntries::map)
			.stream()) {
			entries.forEach(consumer);
		}
	}

	static AuditEntry map(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getLong("chain_key"),
				rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), (Long) rs.getObject("actor_user_id"),
				rs.getString("actor"), (Long) rs.getObject("municipality_id"), rs.getString("action"),
				rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("before_state"),
				rs.getString("after_state"), rs.getString("prev_hash"), rs.getString("hash"));
	}
}
