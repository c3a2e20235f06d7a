package kg.tereze.ledger.internal;

import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.Book;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import kg.tereze.shared.Formats;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.ResultPage;
import kg.tereze.shared.Som;
import kg.tereze.shared.Tenant;

import org.springframework.stereotype.Service;

/**
 * What a book's accountant and head compare: billed against collected month by month and by village,
 * billed by service, who owes how much for how long, and each day's payments by channel and cashier.
 */
@Service
public class Reports {

	/** Months a dashboard looks back over. */
	public static final int MONTHS = 12;

	/** Collected as a share of billed, in whole percent; null when nothing was billed. */
	static Integer rate(Som billed, Som collected) {
		return billed.tyiyn() <= 0 ? null : (int) Math.round(collected.tyiyn() * 100.0 / billed.tyiyn());
	}

	public record Month(YearMonth month, Som billed, Som collected) {

		public Integer rate() {
			return Reports.rate(billed, collected);
		}
	}

	public record ByVillage(Long villageId, Som billed, Som collected, long accounts) {

		public Integer rate() {
			return Reports.rate(billed, collected);
		}
	}

	public record ByService(String serviceCode, Som billed, long accounts) {
	}

	/** Payments of a day taken through one channel by one person (or agent), and payments reversed. */
	public record CashLine(String channel, String takenBy, long payments, long reversals, long refunds, Som amount) {
	}

	/** An account that owes {@code debt}; its oldest unpaid debt fell due on {@code oldestDueOn}. */
	public record Debtor(String number, String holderName, Long villageId, String address, Som debt,
			LocalDate oldestDueOn, long daysOverdue) {
	}

	/** {@code minDebt} in tyiyn; {@code minDays} overdue at least. */
	public record DebtorFilter(Long villageId, Long minDebt, Integer minDays, Sort sort) {

		public enum Sort { DEBT, DAYS, NUMBER }

		public Sort sortOrDefault() {
			return sort == null ? Sort.DEBT : sort;
		}
	}

	private final ReportStore store;

	private final TenantBooks books;

	private final Clock clock;

	Reports(ReportStore store, TenantBooks books, Clock clock) {
		this.store = store;
		this.books = books;
		this.clock = clock;
	}

	/** The twelve months up to this one. */
	public List<Month> lastMonths(Tenant t, long bookId) {
		YearMonth now = YearMonth.from(today());
		return store.months(books.require(t, bookId).id(), now.minusMonths(MONTHS - 1), now);
	}

	public List<ByVillage> byVillage(Tenant t, long bookId, YearMonth month) {
		return store.villages(books.require(t, bookId).id(), checked(month));
	}

	public List<ByService> byService(Tenant t, long bookId, YearMonth month) {
		return store.services(books.require(t, bookId).id(), checked(month));
	}

	public List<CashLine> cash(Tenant t, long bookId, LocalDate day) {
		Book book = books.require(t, bookId);
		if (day == null) {
			throw new InvalidInputException("day", "ledger.error.date");
		}
		if (day.isAfter(today())) {
			throw new InvalidInputException("day", "ledger.error.future");
		}
		return store.cash(book.id(), day);
	}

	public ResultPage<Debtor> debtors(Tenant t, long bookId, DebtorFilter filter, int page, int size) {
		long book = books.require(t, bookId).id();
		return store.debtors(book, checked(filter), today(), ResultPage.safePage(page), ResultPage.safeSize(size));
	}

	/** All debtors the filter keeps, up to {@link Accounts#EXPORT_LIMIT}, for a spreadsheet. */
	public List<Debtor> debtorsForExport(Tenant t, long bookId, DebtorFilter filter) {
		long book = books.require(t, bookId).id();
		return store.debtors(book, checked(filter), today(), 0, Accounts.EXPORT_LIMIT).items();
	}

	private static DebtorFilter checked(DebtorFilter filter) {
		DebtorFilter f = filter == null ? new DebtorFilter(null, null, null, null) : filter;
		if (f.minDebt() != null && f.minDebt() < 0) {
			throw new InvalidInputException("minDebt", "ledger.error.minDebt");
		}
		if (f.minDays() != null && (f.minDays() < 0 || f.minDays() > 36_500)) {
			throw new InvalidInputException("minDays", "ledger.error.minDays");
		}
		return f;
	}

	private YearMonth checked(YearMonth month) {
		if (month == null) {
			throw new InvalidInputException("month", "ledger.error.month");
		}
		if (month.isAfter(YearMonth.from(today()))) {
			throw new InvalidInputException("month", "ledger.error.futureMonth");
		}
		return month;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Formats.BISHKEK));
	}
}
