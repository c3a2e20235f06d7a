package kg.tereze.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.identity.StaffUsers;
import kg.tereze.ledger.internal.BookStore;
import kg.tereze.ledger.internal.EntryStore;
import kg.tereze.ledger.internal.TenantBooks;
import kg.tereze.shared.Formats;
import kg.tereze.shared.Idempotency;
import kg.tereze.shared.IdempotentRequest;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.Som;
import kg.tereze.shared.SqlStates;
import kg.tereze.shared.Tenant;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money book: posts entries, reverses them, closes months, and derives balances and arrears.
 * Nothing here updates or deletes an entry.
 */
@Service
public class Ledger {

	/** No single entry over ten million som: a typo with extra zeros is refused, not posted. */
	public static final long MAX_AMOUNT = 10_000_000_00L;

	/** The source of what an accountant posts by hand; such entries are audited one by one. */
	public static final String MANUAL = "MANUAL";

	private final EntryStore entries;

	private final BookStore books;

	private final TenantBooks tenantBooks;

	private final AuditTrail audit;

	private final StaffUsers staff;

	private final Clock clock;

	private final JdbcClient jdbc;

	private final Idempotency idempotency;

	Ledger(EntryStore entries, BookStore books, TenantBooks tenantBooks, AuditTrail audit, StaffUsers staff, Clock clock,
			JdbcClient jdbc, Idempotency idempotency) {
		this.idempotency = idempotency;
		this.jdbc = jdbc;
		this.staff = staff;
		this.entries = entries;
		this.books = books;
		this.tenantBooks = tenantBooks;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Writes one entry to the account. A posting key of Tereze's own ({@link Posting#idempotencyKey()},
	 * such as a certificate fee's) used before in this book answers the entry it made.
	 */
	@Transactional
	public Posted post(Tenant t, PayerAccount account, Posting p) {
		return write(t, account, p);
	}

	/**
	 * Writes one entry asked for from outside (an accountant's API call or form) under the key the
	 * client gave: the same key again answers the first entry, with other figures it is refused.
	 */
	@Transactional
	public Posted post(Tenant t, PayerAccount account, Posting p, String requestKey) {
		requireVisible(t, account);
		IdempotentRequest request = IdempotentRequest.of(account.municipalityId(), "ledger.entry", requestKey,
				account.id(), p.kind(), p.amount() == null ? null : p.amount().tyiyn(), p.bookedOn())
			.reusedMessage("ledger.error.keyReused");
		var once = idempotency.once(request, () -> write(t, account, p), posted -> String.valueOf(posted.entry().id()),
				id -> new Posted(entries.find(account.id(), Long.parseLong(id)).orElseThrow(), true));
		return once.value();
	}

	private Posted write(Tenant t, PayerAccount account, Posting p) {
		requireVisible(t, account);
		check(p);
		if (p.kind() == EntryKind.REVERSAL) {
			throw new InvalidInputException("kind", "ledger.error.reversalByPost");
		}
		Posted posted = insert(t, account, p, null);
		if (MANUAL.equals(p.source()) && !posted.replayed()) {
			audit.record(AuditRecord.created("ledger_entry", posted.entry().id(), account.municipalityId(),
					Map.of("account", account.number().value(), "kind", p.kind().name(), "amount", p.amount().tyiyn(),
							"bookedOn", p.bookedOn().toString())));
		}
		return posted;
	}

	/** Cancels an entry with an opposite one, booked today, due when the original was. */
	@Transactional
	public Entry reverse(Tenant t, PayerAccount account, long entryId, String reason, String requestKey) {
		IdempotentRequest request = IdempotentRequest.of(account.municipalityId(), "ledger.reversal", requestKey,
				account.id(), entryId).reusedMessage("ledger.error.keyReused");
		return idempotency.once(request, () -> reverseOnce(t, account, entryId, reason),
				reversal -> String.valueOf(reversal.id()), id -> entries.find(account.id(), Long.parseLong(id)).orElseThrow()).value();
	}

	private Entry reverseOnce(Tenant t, PayerAccount account, long entryId, String reason) {
		requireVisible(t, account);
		Entry original = entries.find(account.id(), entryId).orElseThrow(() -> new NotFoundException("entry"));
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > 500) {
			throw new InvalidInputException("reason", "ledger.error.reason");
		}
		if (original.kind() == EntryKind.REVERSAL) {
			throw new InvalidInputException("entryId", "ledger.error.reverseReversal");
		}
		if (original.reversed()) {
			throw new InvalidInputException("entryId", "ledger.error.alreadyReversed");
		}
		Posting p = new Posting(EntryKind.REVERSAL, original.amount().negate(), today(), original.dueOn(),
				original.serviceCode(), why, MANUAL, String.valueOf(original.id()), null);
		try {
			Entry reversal = insert(t, account, p, original.id()).entry();
			audit.record(AuditRecord.created("ledger_reversal", reversal.id(), account.municipalityId(),
					Map.of("account", account.number().value(), "reverses", original.id(), "amount",
							reversal.amount().tyiyn(), "reason", why)));
			return reversal;
		}
		catch (DuplicateKeyException e) {
			throw new InvalidInputException("entryId", "ledger.error.alreadyReversed");
		}
	}

	/**
	 * A posting key (Tereze's own, such as a certificate fee's) that was used before in this book
	 * answers the entry it made: the ledger's unique index keeps such postings single.
	 */
	private Posted insert(Tenant t, PayerAccount account, Posting p, Long reversesId) {
		Book book = books.lockForPosting(account.bookId());
		if (!book.isOpenOn(p.bookedOn())) {
			throw new InvalidInputException("bookedOn", "ledger.error.periodClosed", Formats.date(book.closedThrough()));
		}
		try {
			var written = entries.insert(book.id(), account.id(), p, reversesId, clock.instant(), t.userId(), staff.displayName(t));
			if (written.isPresent()) {
				return new Posted(written.get(), false);
			}
		}
		catch (DataAccessException e) {
			if (SqlStates.is(e, SqlStates.LEDGER_PERIOD_CLOSED)) {
				throw new InvalidInputException("bookedOn", "ledger.error.periodClosed", Formats.date(book.closedThrough()));
			}
			throw e;
		}
		return new Posted(entries.byKey(book.id(), p.idempotencyKey()).orElseThrow(), true);
	}

	/**
	 * Opens a staging area for charges written set-based into a book the user works in. Must run inside
	 * the caller's transaction; the book is held against closing until it commits.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public BulkCharges bulkCharges(Tenant t, long bookId) {
		Book book = books.lockForPosting(tenantBooks.require(t, bookId).id());
		return new BulkCharges(jdbc, book, t.userId(), staff.displayName(t), clock.instant());
	}

	private void check(Posting p) {
		if (p.kind() == null) {
			throw new InvalidInputException("kind", "ledger.error.kind");
		}
		if (p.amount() == null || !p.kind().allows(p.amount().tyiyn())) {
			throw new InvalidInputException("amount", "ledger.error.amountSign." + p.kind().name());
		}
		if (Math.abs(p.amount().tyiyn()) > MAX_AMOUNT) {
			throw new InvalidInputException("amount", "ledger.error.amountTooLarge");
		}
		if (p.bookedOn() == null) {
			throw new InvalidInputException("bookedOn", "ledger.error.date");
		}
		if (p.bookedOn().isAfter(today())) {
			throw new InvalidInputException("bookedOn", "ledger.error.future");
		}
		if (p.serviceCode() != null && !p.serviceCode().matches("[A-Z0-9_]{1,32}")) {
			throw new InvalidInputException("serviceCode", "ledger.error.serviceCode");
		}
		if (p.memo() != null && p.memo().length() > 500) {
			throw new InvalidInputException("memo", "ledger.error.tooLong", 500);
		}
		if (p.idempotencyKey() != null && (p.idempotencyKey().isBlank() || p.idempotencyKey().length() > 100)) {
			throw new IllegalArgumentException("a posting key is 1 to 100 characters");
		}
		if (p.source() == null || p.source().isBlank()) {
			throw new IllegalArgumentException("a posting names its source");
		}
	}

	public Som balance(Tenant t, PayerAccount account) {
		requireVisible(t, account);
		return Som.ofTyiyn(entries.balance(account.id()));
	}

	/** The balance right after the given entry was written. */
	public Som balanceThrough(Tenant t, PayerAccount account, long entryId) {
		requireVisible(t, account);
		return Som.ofTyiyn(entries.balanceThrough(account.id(), entryId));
	}

	public Entry entry(Tenant t, PayerAccount account, long entryId) {
		requireVisible(t, account);
		return entries.find(account.id(), entryId).orElseThrow(() -> new NotFoundException("entry"));
	}

	public Arrears arrears(Tenant t, PayerAccount account) {
		requireVisible(t, account);
		return Arrears.of(entries.ofAccount(account.id()), today());
	}

	/** Entries booked from {@code from} to {@code to} inclusive (either may be null: open-ended). */
	public Statement statement(Tenant t, PayerAccount account, LocalDate from, LocalDate to) {
		requireVisible(t, account);
		List<Entry> all = entries.ofAccount(account.id());
		long opening = all.stream().filter(e -> from != null && e.bookedOn().isBefore(from))
			.mapToLong(e -> e.amount().tyiyn()).sum();
		List<Entry> within = all.stream()
			.filter(e -> (from == null || !e.bookedOn().isBefore(from)) && (to == null || !e.bookedOn().isAfter(to)))
			.toList();
		long closing = opening + within.stream().mapToLong(e -> e.amount().tyiyn()).sum();
		return new Statement(account, from, to, Som.ofTyiyn(opening), within, Som.ofTyiyn(closing),
				Arrears.of(all, today()));
	}

	/**
	 * Closes a book up to the end of a month that is over. Waits for postings in flight to finish;
	 * from then on nothing is booked on those dates, and corrections go into the open month.
	 */
	@Transactional
	public Book closeMonth(Tenant t, long bookId, YearMonth month) {
		Book book = tenantBooks.require(t, bookId);
		if (month == null) {
			throw new InvalidInputException("month", "ledger.error.month");
		}
		if (!month.isBefore(YearMonth.from(today()))) {
			throw new InvalidInputException("month", "ledger.error.monthNotOver");
		}
		book = books.lockForClosing(book.id());
		if (!book.isOpenOn(month.atEndOfMonth())) {
			throw new InvalidInputException("month", "ledger.error.alreadyClosed", Formats.date(book.closedThrough()));
		}
		books.close(book.id(), month, clock.instant(), t.userId());
		audit.record(AuditRecord.updated("ledger_book", book.id(), book.municipalityId(),
				Map.of("closedThrough", String.valueOf(book.closedThrough())),
				Map.of("closedThrough", month.atEndOfMonth().toString())));
		return books.find(book.id()).orElseThrow();
	}

	private void requireVisible(Tenant t, PayerAccount account) {
		if (!tenantBooks.sees(t, account)) {
			throw new NotFoundException("account");
		}
	}

	/** Dates in the book are Bishkek dates, whatever zone the server runs in. */
	private java.time.LocalDate today() {
		return java.time.LocalDate.now(clock.withZone(Formats.BISHKEK));
	}
}
