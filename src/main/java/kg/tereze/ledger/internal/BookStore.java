package kg.tereze.ledger.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import kg.tereze.ledger.Book;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Books and the closing of their months. Posting holds a shared advisory lock on its book and closing
 * an exclusive one, so a month never closes under an entry that is being written into it.
 */
@Repository
public class BookStore {

	/** Advisory lock namespace of the ledger books (the second key is the book); also in ledger_book_for_posting(). */
	private static final int LOCK_NAMESPACE = 0x1ed9;

	private final JdbcClient jdbc;

	BookStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Book ensure(long municipalityId, Long enterpriseId) {
		Optional<Book> existing = find(municipalityId, enterpriseId);
		if (existing.isPresent()) {
			return existing.get();
		}
		jdbc.sql("""
				insert into ledger_book (municipality_id, enterprise_id) values (?, ?)
				on conflict (municipality_id, enterprise_id) do nothing""")
			.params(municipalityId, enterpriseId).update();
		return find(municipalityId, enterpriseId).orElseThrow();
	}

	private Optional<Book> find(long municipalityId, Long enterpriseId) {
		return jdbc.sql("select * from ledger_book where municipality_id = ? and enterprise_id is not distinct from ?")
			.params(municipalityId, enterpriseId).query(BookStore::row).optional();
	}

	/** The book, if it is the municipality's (and, for an enterprise's staff, their enterprise's). */
	public Optional<Book> find(long municipalityId, Long enterpriseId, long id) {
		return jdbc.sql("select * from ledger_book where id = ? and municipality_id = ? and (cast(? as bigint) is null or enterprise_id = ?)")
			.params(id, municipalityId, enterpriseId, enterpriseId).query(BookStore::row).optional();
	}

	public Optional<Book> find(long id) {
		return jdbc.sql("select * from ledger_book where id = ?").param(id).query(BookStore::row).optional();
	}

	public List<Book> ofMunicipality(long municipalityId) {
		return jdbc.sql("select * from ledger_book where municipality_id = ? order by enterprise_id nulls first")
			.param(municipalityId).query(BookStore::row).list();
	}

	/** Held until the transaction ends; many posters at once, but not while the book closes a month. */
	public Book lockForPosting(long bookId) {
		return jdbc.sql("select * from ledger_book_for_posting(?)").param(bookId).query(BookStore::row).single();
	}

	public Book lockForClosing(long bookId) {
		jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(LOCK_NAMESPACE, (int) bookId).query().singleRow();
		return find(bookId).orElseThrow();
	}

	public void close(long bookId, YearMonth month, Instant at, long userId) {
		LocalDate through = month.atEndOfMonth();
		jdbc.sql("update ledger_book set closed_through = ? where id = ?").params(through, bookId).update();
		jdbc.sql("insert into ledger_period_close (book_id, month, closed_at, closed_by) values (?, ?, ?, ?)")
			.params(bookId, month.atDay(1), at.atOffset(ZoneOffset.UTC), userId).update();
	}

	private static Book row(ResultSet rs, int n) throws SQLException {
		return new Book(rs.getLong("id"), rs.getLong("municipality_id"), rs.getObject("enterprise_id", Long.class),
				rs.getObject("closed_through", LocalDate.class));
	}
}
