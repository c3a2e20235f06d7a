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

import kg.tereze.payments.PaymentAgent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Payment agents and the transactions they posted. */
@Repository
public class AgentStore {

	/** A transaction as the agent sent it. */
	public record AgentTxn(long id, long agentId, String txnId, long accountId, long amount, LocalDateTime txnDate,
			long ledgerEntryId) {
	}

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

	public void insert(String code, String name, String passwordHash, Instant at) {
		jdbc.sql("""
				insert into payment_agent (code, name, password_hash, created_at) values (?, ?, ?, ?)
				on conflict (code) do nothing""")
			.params(code, name, passwordHash, at.atOffset(ZoneOffset.UTC)).update();
	}

	public Optional<AgentTxn> txn(long agentId, String txnId) {
		return jdbc.sql("select * from agent_txn where agent_id = ? and txn_id = ?").params(agentId, txnId)
			.query(AgentStore::txn).optional();
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

	private static AgentTxn txn(ResultSet rs, int n) throws SQLException {
		return new AgentTxn(rs.getLong("id"), rs.getLong("agent_id"), rs.getString("txn_id"), rs.getLong("account_id"),
				rs.getLong("amount"), rs.getObject("txn_date", LocalDateTime.class), rs.getLong("ledger_entry_id"));
	}
}
