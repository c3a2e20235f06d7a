package kg.tereze.ledger;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Charges for many accounts written in one statement, for work that is set-based (a billing run of a
 * million accounts). The caller fills {@link #TABLE}, a temporary table dropped at commit, with SQL of
 * its own (account_id, amount in tyiyn, service_code, memo, idempotency_key), then posts it. A negative
 * amount (metered water billed on an estimate above the next reading) is posted as an adjustment. The ledger
 * checks every row before it writes any (an account of another book is refused by the entry's foreign
 * key on account and book), and a key that is already in the book is skipped, so posting the same
 * charges again writes nothing twice.
 */
public final class BulkCharges {

	public static final String TABLE = "ledger_bulk_charge";

	private final JdbcClient jdbc;

	private final Book book;

	private final long userId;

	private final String userName;

	private final Instant at;

	BulkCharges(JdbcClient jdbc, Book book, long userId, String userName, Instant at) {
		this.jdbc = jdbc;
		this.book = book;
		this.userId = userId;
		this.userName = userName;
		this.at = at;
		jdbc.sql("""
				create temp table if not exists ledger_bulk_charge (
				  account_id bigint not null, amount bigint not null, service_code text, memo text,
				  idempotency_key text not null) on commit drop""").update();
		jdbc.sql("truncate ledger_bulk_charge").update();
	}

	public Book book() {
		return book;
	}

	/**
	 * Writes the staged charges, booked and due on the dates given, and returns how many were new.
	 * @throws IllegalStateException if a staged row has a wrong amount, code or key
	 * @throws org.springframework.dao.DataIntegrityViolationException if it names an account of another book
	 */
	public int post(LocalDate bookedOn, LocalDate dueOn, String source, String reference) {
		if (!book.isOpenOn(bookedOn)) {
			throw new IllegalStateException("book " + book.id() + " is closed on " + bookedOn);
		}
		long wrong = jdbc.sql("""
				select count(*) from ledger_bulk_charge b
				 where b.amount = 0 or abs(b.amount) > ? or length(b.idempotency_key) not between 1 and 100
				    or b.service_code !~ '^[A-Z0-9_]{1,32}$' or length(b.memo) > 500""")
			.param(Ledger.MAX_AMOUNT).query(Long.class).single();
		if (wrong > 0) {
			throw new IllegalStateException(wrong + " staged charges are not for book " + book.id() + " or are malformed");
		}
		return jdbc.sql("""
				insert into ledger_entry (book_id, account_id, kind, amount, booked_on, due_on, service_code, memo, source,
				                          reference, idempotency_key, created_at, created_by, created_by_name)
				select ?, account_id, case when amount > 0 then 'CHARGE' else 'ADJUSTMENT' end, amount, ?, ?, service_code, memo, ?, ?, idempotency_key, ?, ?, ?
				  from ledger_bulk_charge
				on conflict (book_id, idempotency_key) where idempotency_key is not null do nothing""")
			.params(book.id(), bookedOn, dueOn, source, reference, at.atOffset(java.time.ZoneOffset.UTC), userId, userName)
			.update();
	}
}
