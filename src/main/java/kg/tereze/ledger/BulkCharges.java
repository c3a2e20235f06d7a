package kg.tereze.ledger;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.dao.DuplicateKeyException;
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
		// The rows are checked as they are staged, by the table's own constraints, not by a scan afterwards.
		jdbc.sql("""
				create temp table if not exists ledger_bulk_charge (
				  account_id bigint not null,
				  amount bigint not null check (amount <> 0 and amount between -%d and %d),
				  service_code text check (service_code ~ '^[A-Z0-9_]{1,32}$'),
				  memo text check (length(memo) <= 500),
				  idempotency_key text not null check (length(idempotency_key) between 1 and 100)) on commit drop"""
			.formatted(Ledger.MAX_AMOUNT, Ledger.MAX_AMOUNT)).update();
		jdbc.sql("truncate ledger_bulk_charge").update();
	}

	public Book book() {
		return book;
	}

	/**
	 * Writes the staged charges, booked and due on the dates given, and returns how many were new.
	 * @throws org.springframework.dao.DataIntegrityViolationException if a staged row has a wrong amount, code
	 * or key (when it is staged), or names an account of another book (when it is posted)
	 */
	public int post(LocalDate bookedOn, LocalDate dueOn, String source, String reference) {
		if (!book.isOpenOn(bookedOn)) {
			throw new IllegalStateException("book " + book.id() + " is closed on " + bookedOn);
		}
		// Usually every key is new (a billing run has already skipped what it billed), and a plain insert is a
		// quarter cheaper than one that checks each key for a conflict first; when a key is taken after all,
		// the insert is undone to the savepoint and done again, skipping the taken keys.
		jdbc.sql("savepoint ledger_bulk").update();
		try {
			int written = insert(bookedOn, dueOn, source, reference, "");
			jdbc.sql("release savepoint ledger_bulk").update();
			return written;
		}
		catch (DuplicateKeyException e) {
			jdbc.sql("rollback to savepoint ledger_bulk").update();
			return insert(bookedOn, dueOn, source, reference, "on conflict (book_id, idempotency_key) where idempotency_key is not null do nothing");
		}
	}

	private int insert(LocalDate bookedOn, LocalDate dueOn, String source, String reference, String onConflict) {
		return jdbc.sql("""
				insert into ledger_entry (book_id, account_id, kind, amount, booked_on, due_on, service_code, memo, source,
				                          reference, idempotency_key, created_at, created_by, created_by_name)
				select ?, account_id, case when amount > 0 then 'CHARGE' else 'ADJUSTMENT' end, amount, ?, ?, service_code, memo, ?, ?, idempotency_key, ?, ?, ?
				  from ledger_bulk_charge
				""" + onConflict)
			.params(book.id(), bookedOn, dueOn, source, reference, at.atOffset(java.time.ZoneOffset.UTC), userId, userName)
			.update();
	}
}
