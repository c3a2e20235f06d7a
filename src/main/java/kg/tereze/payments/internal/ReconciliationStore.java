package kg.tereze.payments.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import kg.tereze.shared.Som;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ReconciliationStore {

	/** One of our agent transactions with the number of its account. */
	public record OurRow(String txnId, String account, long amount, LocalDateTime txnDate) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ReconciliationStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Our transactions with the agent in the municipality: those the file names (any day) and those of the day. */
	public List<OurRow> ours(long agentId, long municipalityId, List<String> txnIds, LocalDate day) {
		return jdbc.sql("""
				select t.txn_id, a.number, t.amount, t.txn_date
				  from agent_txn t join ledger_account_v a on a.id = t.account_id
				 where t.agent_id = :agent and t.municipality_id = :m
				   and (t.txn_id = any(:ids) or (t.txn_date >= :from and t.txn_date < :to))
				 order by t.txn_date, t.id""")
			.param("agent", agentId).param("m", municipalityId).param("ids", txnIds.toArray(String[]::new))
			.param("from", day.atStartOfDay()).param("to", day.plusDays(1).atStartOfDay())
			.query((rs, n) -> new OurRow(rs.getString(1), rs.getString(2), rs.getLong(3),
					rs.getObject(4, LocalDateTime.class)))
			.list();
	}

	/** Which of these account numbers are the municipality's. */
	public Set<String> accountsOf(long municipalityId, List<String> numbers) {
		return new HashSet<>(jdbc.sql("select number from ledger_account_v where municipality_id = ? and number = any(?)")
			.params(municipalityId, numbers.toArray(String[]::new)).query(String.class).list());
	}

	public long insert(long municipalityId, long agentId, LocalDate day, String fileName, String sha256, long by, Instant at,
			int rows, int other, int matched, long matchedAmount, int missingHere, int missingThere, int mismatched, int bad) {
		return jdbc.sql("""
				insert into agent_reconciliation (municipality_id, agent_id, day, file_name, file_sha256, uploaded_by, uploaded_at,
				  rows_in_file, other_rows, matched, matched_amount, missing_here, missing_there, mismatched, bad_rows)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(municipalityId, agentId, day, fileName, sha256, by, Timestamp.from(at), rows, other, matched, matchedAmount,
					missingHere, missingThere, mismatched, bad)
			.query(Long.class).single();
	}

	public void insertItems(long reconciliationId, List<ReconciliationItem> items) {
		template.batchUpdate("""
				insert into agent_reconciliation_item (reconciliation_id, kind, row_no, txn_id, account, file_amount, our_amount,
				  our_account, txn_date, reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", items, 1000, (ps, i) -> {
			ps.setLong(1, reconciliationId);
			ps.setString(2, i.kind().name());
			ps.setObject(3, i.rowNo());
			ps.setString(4, i.txnId());
			ps.setString(5, i.account());
			ps.setObject(6, i.fileAmount() == null ? null : i.fileAmount().tyiyn());
			ps.setObject(7, i.ourAmount() == null ? null : i.ourAmount().tyiyn());
			ps.setString(8, i.ourAccount());
			ps.setObject(9, i.txnDate());
			ps.setString(10, i.reason());
		});
	}

	public List<Reconciliation> list(long municipalityId, int offset, int limit) {
		return jdbc.sql("""
				select r.*, a.code from agent_reconciliation r join payment_agent a on a.id = r.agent_id
				 where r.municipality_id = ? order by r.day desc, r.id desc limit ? offset ?""")
			.params(municipalityId, limit, offset).query(ReconciliationStore::reconciliation).list();
	}

	public long count(long municipalityId) {
		return jdbc.sql("select count(*) from agent_reconciliation where municipality_id = ?").param(municipalityId)
			.query(Long.class).single();
	}

	public Optional<Reconciliation> find(long municipalityId, long id) {
		return jdbc.sql("""
				select r.*, a.code from agent_reconciliation r join payment_agent a on a.id = r.agent_id
				 where r.municipality_id = ? and r.id = ?""")
			.params(municipalityId, id).query(ReconciliationStore::reconciliation).optional();
	}

	public List<ReconciliationItem> items(long reconciliationId) {
		return jdbc.sql("""
				select * from agent_reconciliation_item where reconciliation_id = ?
				 order by array_position(array['MISSING_HERE', 'MISSING_THERE', 'MISMATCH', 'BAD_ROW'], kind), row_no nulls last, id""")
			.param(reconciliationId)
			.query((rs, n) -> new ReconciliationItem(ReconciliationKind.valueOf(rs.getString("kind")),
					(Integer) rs.getObject("row_no"), rs.getString("txn_id"), rs.getString("account"), som(rs, "file_amount"),
					som(rs, "our_amount"), rs.getString("our_account"), rs.getObject("txn_date", LocalDateTime.class),
					rs.getString("reason")))
			.list();
	}

	private static Som som(ResultSet rs, String column) throws SQLException {
		long v = rs.getLong(column);
		return rs.wasNull() ? null : Som.ofTyiyn(v);
	}

	static Reconciliation reconciliation(ResultSet rs, int n) throws SQLException {
		return new Reconciliation(rs.getLong("id"), rs.getLong("municipality_id"), rs.getLong("agent_id"), rs.getString("code"),
				rs.getObject("day", LocalDate.class), rs.getString("file_name"), rs.getString("file_sha256"),
				rs.getLong("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant(), rs.getInt("rows_in_file"),
				rs.getInt("other_rows"), rs.getInt("matched"), Som.ofTyiyn(rs.getLong("matched_amount")), rs.getInt("missing_here"),
				rs.getInt("missing_there"), rs.getInt("mismatched"), rs.getInt("bad_rows"));
	}
}
