package kg.tereze.ledger.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kg.tereze.ledger.internal.Reports;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.ResultPage;
import kg.tereze.shared.Som;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A book's figures for dashboards and oversight. Amounts in som as text; rates in whole percent. */
@RestController
@RequestMapping("/api/v1/reports/books/{bookId}")
@Tag(name = "Reports", description = "Billed against collected, by village and service; debtors; daily cash")
@PreAuthorize("hasAnyRole('ACCOUNTANT', 'HEAD', 'AUDITOR')")
class ReportsApi {

	record MonthView(String month, String billed, String collected, Integer rate) {
	}

	record VillageView(Long villageId, String billed, String collected, Integer rate, long accounts) {
	}

	record ServiceView(String service, String billed, long accounts) {
	}

	record CashView(String channel, String takenBy, long payments, long reversals, long refunds, String amount) {
	}

	record DebtorView(String account, String holder, Long villageId, String address, String debt, LocalDate oldestDueOn,
			long daysOverdue) {
	}

	record DebtorPage(List<DebtorView> items, long total, int page, int size) {
	}

	private final Reports reports;

	ReportsApi(Reports reports) {
		this.reports = reports;
	}

	@GetMapping("/months")
	@Operation(summary = "Billed and collected in each of the last 12 months")
	List<MonthView> months(@PathVariable long bookId) {
		return reports.lastMonths(CurrentTenant.require(), bookId).stream()
			.map(m -> new MonthView(m.month().toString(), som(m.billed()), som(m.collected()), m.rate())).toList();
	}

	@GetMapping("/villages")
	@Operation(summary = "Billed and collected in a month (YYYY-MM) by village")
	List<VillageView> villages(@PathVariable long bookId, @RequestParam(required = false) String month) {
		return reports.byVillage(CurrentTenant.require(), bookId, month(month)).stream()
			.map(v -> new VillageView(v.villageId(), som(v.billed()), som(v.collected()), v.rate(), v.accounts())).toList();
	}

	@GetMapping("/services")
	@Operation(summary = "Billed in a month (YYYY-MM) by service")
	List<ServiceView> services(@PathVariable long bookId, @RequestParam(required = false) String month) {
		return reports.byService(CurrentTenant.require(), bookId, month(month)).stream()
			.map(s -> new ServiceView(s.serviceCode(), som(s.billed()), s.accounts())).toList();
	}

	@GetMapping("/debtors")
	@Operation(summary = "Accounts that owe: filters village, minDebt (som), minDays overdue; sort DEBT, DAYS or NUMBER")
	DebtorPage debtors(@PathVariable long bookId, @RequestParam Map<String, String> query) {
		DebtorQuery q = DebtorQuery.of(query);
		Integer size = query.containsKey("size") ? parseSize(query.get("size")) : null;
		ResultPage<Reports.Debtor> page = reports.debtors(CurrentTenant.require(), bookId, q.filter(), q.page(),
				ResultPage.safeSize(size));
		return new DebtorPage(page.items().stream().map(d -> new DebtorView(d.number(), d.holderName(), d.villageId(),
				d.address(), som(d.debt()), d.oldestDueOn(), d.daysOverdue())).toList(), page.total(), page.page(), page.size());
	}

	@GetMapping("/cash")
	@PreAuthorize("hasAnyRole('ACCOUNTANT', 'CASHIER', 'HEAD', 'AUDITOR')")
	@Operation(summary = "Payments of a day (YYYY-MM-DD) by channel and by who took them")
	List<CashView> cash(@PathVariable long bookId, @RequestParam(required = false) String day) {
		LocalDate d;
		try {
			d = day == null ? null : LocalDate.parse(day.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("day", "ledger.error.date");
		}
		return reports.cash(CurrentTenant.require(), bookId, d).stream()
			.map(c -> new CashView(c.channel(), c.takenBy(), c.payments(), c.reversals(), c.refunds(), som(c.amount()))).toList();
	}

	private static Integer parseSize(String s) {
		try {
			return Integer.valueOf(s.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException("size", "web.form.error.number");
		}
	}

	private static YearMonth month(String text) {
		try {
			return text == null ? null : YearMonth.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("month", "ledger.error.month");
		}
	}

	private static String som(Som s) {
		return s.toBigDecimal().toPlainString();
	}
}
