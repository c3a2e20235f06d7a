package kg.tereze.billing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import kg.tereze.shared.Som;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import kg.tereze.shared.Lease;
import kg.tereze.shared.LeasedTable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Billing runs and their progress. */
@Repository
public class RunStore {

	/** A run as the worker needs it to carry on. */
	public record Claimed(UUID id, long bookId, long municipalityId, YearMonth month, RunMode mode, LocalDate billingDate,
			long userId, String userName, String language) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

	RunStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** False when the book already has a run queued or running. */
	public boolean insert(UUID id, long bookId, long municipalityId, YearMonth month, RunMode mode, LocalDate billingDate,
			long userId, String userName, String language, Instant at) {
		try {
			jdbc.sql("""
					insert into billing_run (id, book_id, municipality_id, month, mode, status, billing_date, started_by,
					                         started_by_name, language, created_at, updated_at)
					values (?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?, ?, ?, ?)""")
				.params(id, bookId, municipalityId, month.atDay(1), mode.name(), billingDate, userId, userName, language,
						utc(at), utc(at))
				.update();
			return true;
		}
		catch (DuplicateKeyException e) {
			return false;
		}
	}

	/** Runs not finished yet; held through {@link kg.tereze.shared.Leases} by the node that works on them. */
	public static final LeasedTable LEASED = new LeasedTable("billing_run", "id", "status in ('QUEUED', 'RUNNING')",
			"created_at", "status = 'RUNNING', updated_at = :now");

	/** The run this lease holds; empty once another node has taken the lease over. */
	public Optional<Claimed> claimed(Lease<UUID> lease) {
		return jdbc.sql("""
				select id, book_id, municipality_id, month, mode, billing_date, started_by, started_by_name, language
				  from billing_run where id = ? and lease_holder = ?""")
			.params(lease.key(), lease.holder())
			.query((rs, i) -> new Claimed(rs.getObject(1, UUID.class), rs.getLong(2), rs.getLong(3),
					YearMonth.from(rs.getObject(4, LocalDate.class)), RunMode.valueOf(rs.getString(5)),
					rs.getObject(6, LocalDate.class), rs.getLong(7), rs.getString(8), rs.getString(9)))
			.optional();
	}

	public void total(UUID id, int chunks, Instant at) {
		jdbc.sql("update billing_run set chunks_total = ?, chunks_done = 0, updated_at = ? where id = ?").params(chunks, utc(at), id).update();
	}

	/** Counts a chunk as done, in the chunk's own transaction, so progress and work commit together. */
	public void chunkDone(UUID id, int lines, Instant at) {
		jdbc.sql("update billing_run set chunks_done = chunks_done + 1, lines = lines + ?, updated_at = ? where id = ?")
			.params(lines, utc(at), id).update();
	}

	public void finish(UUID id, RunTotals totals, Instant at) {
		long amount = totals.services().stream().mapToLong(RunTotals.ByService::amountTyiyn).sum();
		jdbc.sql("""
				update billing_run set status = 'DONE', totals = ?::jsonb, amount = ?, chunks_done = chunks_total,
				       updated_at = ? where id = ?""")
			.params(json.writeValueAsString(totals), amount, utc(at), id).update();
	}

	public void fail(UUID id, String errorKey, Instant at) {
		jdbc.sql("update billing_run set status = 'FAILED', error_key = ?, updated_at = ? where id = ?")
			.params(errorKey, utc(at), id).update();
	}

	/** The run, if it is of one of these books (those the user works in). */
	public Optional<BillingRun> find(Long[] books, UUID id) {
		return jdbc.sql("select * from billing_run where id = ? and book_id = any(?)").params(id, books).query(this::run)
			.optional();
	}

	public List<BillingRun> recent(long bookId, int limit) {
		return jdbc.sql("select * from billing_run where book_id = ? order by created_at desc limit ?")
			.params(bookId, limit).query(this::run).list();
	}

	private BillingRun run(ResultSet rs, int row) throws SQLException {
		String totals = rs.getString("totals");
		return new BillingRun(rs.getObject("id", UUID.class), rs.getLong("book_id"),
				YearMonth.from(rs.getObject("month", LocalDate.class)), RunMode.valueOf(rs.getString("mode")),
				BillingRun.Status.valueOf(rs.getString("status")), rs.getObject("billing_date", LocalDate.class),
				rs.getInt("chunks_done"), rs.getInt("chunks_total"), rs.getInt("lines"), Som.ofTyiyn(rs.getLong("amount")),
				totals == null ? RunTotals.empty() : json.readValue(totals, RunTotals.class), rs.getString("error_key"),
				rs.getString("started_by_name"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}
}
