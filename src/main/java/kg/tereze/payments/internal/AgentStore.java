package kg.tereze.payments.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;


import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Payment agents and the transactions they posted. */
@Repository
public class AgentStore {

	/** An agent with its password hash, for checking credentials. */
	public record Credentials(PaymentAgent agent, String passwordHash) {
	}

	private final JdbcClient jdbc;

	AgentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Credentials> byCode(String code) {
		return jdbc.sql("select * from payment_agent where code = ?").param(code)
			.query((rs, n) -> new Credentials(agent(rs), rs.getString("password_hash"))).optional();
	}

	/** Agents that may take payments for the municipality: those serving all, and those that list it. */
	public List<PaymentAgent> serving(long municipalityId) {
		return jdbc.sql("""
				select * from payment_agent where active and (municipality_ids is null or ? = any(municipality_ids)) order by code""")
			.param(municipalityId).query((rs, n) -> agent(rs)).list();
	}

	public List<PaymentAgent> all() {
		return jdbc.sql("select * from payment_agent order by code").query((rs, n) -> agent(rs)).list();
	}

	/** Payments of the day and the last payment per agent, by the protocol's index rather than a scan. */
	public List<AgentActivity> activity(LocalDateTime dayStart) {
		return jdbc.sql("""
				select a.*,
				       (select count(*) from agent_txn t where t.agent_id = a.id and t.txn_date >= ?) as today,
				       (select max(t.txn_date) from agent_txn t where t.agent_id = a.id) as last_txn
				from payment_agent a order by a.code""")
			.param(dayStart)
			.query((rs, n) -> new AgentActivity(agent(rs), rs.getLong("today"), rs.getObject("last_txn", LocalDateTime.class)))
			.list();
	}

	public long create(String code, String passwordHash, AgentSettings s, Instant at) {
		return jdbc.sql("""
				insert into payment_agent (code, name, password_hash, ip_allow, municipality_ids, min_sum, max_sum, active, created_at)
				values (?, ?, ?, cast(? as text[]), cast(? as bigint[]), ?, ?, ?, ?) returning id""")
			.params(code, s.name(), passwordHash, array(s.ipAllow()), array(s.municipalities()), s.minSum().tyiyn(),
					s.maxSum().tyiyn(), s.active(), at.atOffset(ZoneOffset.UTC))
			.query(Long.class).single();
	}

	public void update(long id, AgentSettings s) {
		jdbc.sql("""
				update payment_agent set name = ?, ip_allow = cast(? as text[]), municipality_ids = cast(? as bigint[]),
				       min_sum = ?, max_sum = ?, active = ? where id = ?""")
			.params(s.name(), array(s.ipAllow()), array(s.municipalities()), s.minSum().tyiyn(), s.maxSum().tyiyn(),
					s.active(), id)
			.update();
	}

	public void setPassword(long id, String passwordHash) {
		jdbc.sql("update payment_agent set password_hash = ? where id = ?").params(passwordHash, id).update();
	}

	/** An empty list is stored as null: the column's meaning for "no restriction". */
	private static String[] array(List<String> values) {
		return values.isEmpty() ? null : values.toArray(String[]::new);
	}

	private static Long[] array(Set<Long> values) {
		return values.isEmpty() ? null : values.stream().sorted().toArray(Long[]::new);
	}

	public void insert(String code, String name, String passwordHash, Instant at) {
		jdbc.sql("""
				insert into payment_agent (code, name, password_hash, created_at) values (?, ?, ?, ?)
				on conflict (code) do nothing""")
			.params(code, name, passwordHash, at.atOffset(ZoneOffset.UTC)).update();
	}

	public long insertTxn(long agentId, String txnId, long municipalityId, long accountId, long amount,
			LocalDateTime txnDate, Instant at, long entryId) {
		return jdbc.sql("""
				insert into agent_txn (agent_id, txn_id, municipality_id, account_id, amount, txn_date, received_at, ledger_entry_id)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(agentId, txnId, municipalityId, accountId, amount, txnDate, at.atOffset(ZoneOffset.UTC), entryId)
			.query(Long.class).single();
	}

	private static PaymentAgent agent(ResultSet rs) throws SQLException {
		Array ips = rs.getArray("ip_allow");
		Array municipalities = rs.getArray("municipality_ids");
		return new PaymentAgent(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				ips == null ? List.of() : List.of((String[]) ips.getArray()),
				municipalities == null ? Set.of() : Set.copyOf(Arrays.asList((Long[]) municipalities.getArray())),
				rs.getLong("min_sum"), rs.getLong("max_sum"), rs.getBoolean("active"));
	}

}
