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


import kg.tereze.shared.Lease;
import kg.tereze.shared.LeasedTable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Batches of notices and their progress; the PDF is read only when it is downloaded. */
@Repository
public class NoticeBatchStore {

	private static final String COLUMNS = """
			id, book_id, municipality_id, month, village_id, route_id, format, status, done, total, error_key, started_by,
			started_by_name, created_at""";

	/** A batch as its worker needs it. */
	public record Claimed(NoticeBatch batch, long municipalityId, long userId) {
	}

	private final JdbcClient jdbc;

	NoticeBatchStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, long bookId, long municipalityId, YearMonth month, Long villageId, Long routeId,
			NoticeFormat format, long userId, String userName, Instant at) {
		jdbc.sql("""
				insert into billing_notice_batch (id, book_id, municipality_id, month, village_id, route_id, format, status,
				                                  started_by, started_by_name, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?, ?)""")
			.params(id, bookId, municipalityId, month.atDay(1), villageId, routeId, format.name(), userId, userName, utc(at),
					utc(at))
			.update();
	}

	/** Batches not finished yet; held through {@link kg.tereze.shared.Leases} by the node that prints them. */
	public static final LeasedTable LEASED = new LeasedTable("billing_notice_batch", "id",
			"status in ('QUEUED', 'RUNNING')", "created_at", "status = 'RUNNING', done = 0, updated_at = :now");

	/** The batch this lease holds; empty once another node has taken the lease over. */
	public Optional<Claimed> claimed(Lease<UUID> lease) {
		return jdbc.sql("select " + COLUMNS + " from billing_notice_batch where id = ? and lease_holder = ?")
			.params(lease.key(), lease.holder())
			.query((rs, i) -> new Claimed(batch(rs, i), rs.getLong("municipality_id"), rs.getLong("started_by")))
			.optional();
	}

	public void progress(UUID id, int done, int total, Instant at) {
		jdbc.sql("update billing_notice_batch set done = ?, total = ?, updated_at = ? where id = ?")
			.params(done, total, utc(at), id).update();
	}

	public void finish(UUID id, byte[] pdf, Instant at) {
		jdbc.sql("update billing_notice_batch set status = 'DONE', pdf = ?, done = total, updated_at = ? where id = ?")
			.params(pdf, utc(at), id).update();
	}

	public void fail(UUID id, String errorKey, Instant at) {
		jdbc.sql("update billing_notice_batch set status = 'FAILED', error_key = ?, updated_at = ? where id = ?")
			.params(errorKey, utc(at), id).update();
	}

	/** The batch, if it is of one of these books (those the user works in). */
	public Optional<NoticeBatch> find(Long[] books, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from billing_notice_batch where id = ? and book_id = any(?)").params(id, books)
			.query(NoticeBatchStore::batch).optional();
	}

	public Optional<byte[]> pdf(Long[] books, UUID id) {
		return jdbc.sql("select pdf from billing_notice_batch where id = ? and book_id = any(?) and status = 'DONE' and pdf is not null")
			.params(id, books).query((rs, i) -> rs.getBytes(1)).optional();
	}

	public List<NoticeBatch> recent(long bookId, int limit) {
		return jdbc.sql("select " + COLUMNS + " from billing_notice_batch where book_id = ? order by created_at desc limit ?")
			.params(bookId, limit).query(NoticeBatchStore::batch).list();
	}

	/** Keeps the PDFs of the last {@code keep} batches of a book; notices can always be printed again. */
	public void forgetOld(long bookId, int keep) {
		jdbc.sql("""
				update billing_notice_batch set pdf = null where book_id = ? and pdf is not null
				   and id not in (select id from billing_notice_batch where book_id = ? order by created_at desc limit ?)""")
			.params(bookId, bookId, keep).update();
	}

	private static NoticeBatch batch(ResultSet rs, int i) throws SQLException {
		return new NoticeBatch(rs.getObject("id", UUID.class), rs.getLong("book_id"),
				YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getObject("village_id", Long.class),
				rs.getObject("route_id", Long.class), NoticeFormat.valueOf(rs.getString("format")), BillingRun.Status.valueOf(rs.getString("status")),
				rs.getInt("done"), rs.getInt("total"), rs.getString("error_key"), rs.getString("started_by_name"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}
}
