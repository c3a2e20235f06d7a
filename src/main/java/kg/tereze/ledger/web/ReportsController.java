package kg.tereze.ledger.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.ledger.Book;
import kg.tereze.ledger.BookPicker;
import kg.tereze.ledger.internal.Reports;
import kg.tereze.ledger.ServiceNames;
import kg.tereze.ledger.internal.TenantBooks;
import kg.tereze.municipality.Municipalities;
import kg.tereze.shared.ChartBar;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.Formats;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.LocalizedName;
import kg.tereze.shared.Som;
import kg.tereze.shared.Tenant;
import kg.tereze.shared.Xlsx;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The book's figures: billed against collected, by village and service, debtors, and each day's cash. */
@Controller
@RequestMapping("/reports")
@PreAuthorize("hasAnyRole('ACCOUNTANT', 'HEAD', 'AUDITOR')")
class ReportsController {

	/** Two columns of a month in the chart: billed and collected. */
	record Column(String label, long billed, long collected, String billedFigure, String collectedFigure) {
	}


	private final Reports reports;

	private final TenantBooks books;

	private final Municipalities municipalities;

	private final MessageSource messages;

	private final Clock clock;

	private final List<ServiceNames> serviceNames;

	private final BookPicker picker;

	ReportsController(BookPicker picker, Reports reports, TenantBooks books, Municipalities municipalities, MessageSource messages,
			Clock clock, List<ServiceNames> serviceNames) {
		this.picker = picker;
		this.serviceNames = serviceNames;
		this.reports = reports;
		this.books = books;
		this.municipalities = municipalities;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String dashboard(@RequestParam(required = false) Long book, @RequestParam(required = false) YearMonth month,
			Model model, Locale locale) {
		Tenant t = CurrentTenant.require();
		Book b = picker.pick(t, book, model, locale);
		YearMonth m = month == null ? YearMonth.from(today()).minusMonths(1) : month;
		List<Reports.Month> months = reports.lastMonths(t, b.id());
		List<Reports.ByVillage> villages = reports.byVillage(t, b.id(), m);
		Map<Long, String> villageNames = villageNames(t, locale);
		List<Column> columns = months.stream().map(x -> new Column(Formats.month(x.month(), locale).replaceAll(" .*", ""),
				x.billed().tyiyn(), x.collected().tyiyn(), Formats.money(x.billed()), Formats.money(x.collected()))).toList();
		List<ChartBar> rates = new ArrayList<>();
		for (Reports.ByVillage v : villages) {
			if (v.rate() != null) {
				rates.add(new ChartBar(name(villageNames, v.villageId(), locale), v.rate(), v.rate() + " %"));
			}
		}
		model.addAttribute("month", m);
		model.addAttribute("months", months);
		model.addAttribute("columns", columns);
		model.addAttribute("columnMax", columns.stream().mapToLong(c -> Math.max(c.billed(), c.collected())).max().orElse(0));
		model.addAttribute("villages", villages);
		model.addAttribute("villageNames", villageNames);
		model.addAttribute("rates", rates);
		model.addAttribute("rateMax", Math.max(100, rates.stream().mapToLong(ChartBar::value).max().orElse(0)));
		model.addAttribute("services", reports.byService(t, b.id(), m));
		Map<String, LocalizedName> names = new LinkedHashMap<>();
		serviceNames.forEach(n -> names.putAll(n.of(b.id())));
		model.addAttribute("serviceNames", names);
		return "ledger/reports";
	}

	@GetMapping("/debtors")
	String debtors(@RequestParam Map<String, String> query, Model model, Locale locale) {
		Tenant t = CurrentTenant.require();
		DebtorQuery q = DebtorQuery.of(query);
		Book b = picker.pick(t, q.book(), model, locale);
		model.addAttribute("q", q);
		model.addAttribute("sorts", Reports.DebtorFilter.Sort.values());
		model.addAttribute("overdueSteps", List.of(1, 31, 91, 181));
		model.addAttribute("villageNames", villageNames(t, locale));
		try {
			model.addAttribute("result", reports.debtors(t, b.id(), q.filter(), q.page(), 50));
		}
		catch (InvalidInputException e) {
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.args(), locale));
			model.addAttribute("result", null);
		}
		return "ledger/debtors";
	}

	@GetMapping("/debtors/export.xlsx")
	void export(@RequestParam Map<String, String> query, HttpServletResponse response, Locale locale) throws IOException {
		Tenant t = CurrentTenant.require();
		DebtorQuery q = DebtorQuery.of(query);
		Book b = q.book() == null ? books.visible(t).get(0) : books.require(t, q.book());
		List<Reports.Debtor> rows = reports.debtorsForExport(t, b.id(), q.filter());
		Map<Long, String> villages = villageNames(t, locale);
		List<String> headers = List.of(msg("ledger.account.number", locale), msg("ledger.account.holder", locale),
				msg("municipality.village", locale), msg("ledger.account.address", locale), msg("ledger.reports.debt", locale),
				msg("ledger.reports.oldestDue", locale), msg("ledger.reports.daysOverdue", locale));
		Xlsx.write(Xlsx.attachment(response, "debtors.xlsx"), "debtors", headers, rows, d -> List.of(d.number(), d.holderName(),
				d.villageId() == null ? "" : villages.getOrDefault(d.villageId(), ""), d.address() == null ? "" : d.address(),
				d.debt().toBigDecimal(), d.oldestDueOn() == null ? "" : Formats.date(d.oldestDueOn()), d.daysOverdue()));
	}

	@GetMapping("/cash")
	@PreAuthorize("hasAnyRole('ACCOUNTANT', 'CASHIER', 'HEAD', 'AUDITOR')")
	String cash(@RequestParam(required = false) Long book, @RequestParam(required = false) String day, Model model,
			Locale locale) {
		Tenant t = CurrentTenant.require();
		Book b = picker.pick(t, book, model, locale);
		LocalDate d;
		try {
			d = day == null || day.isBlank() ? today() : LocalDate.parse(day.strip());
			List<Reports.CashLine> lines = reports.cash(t, b.id(), d);
			model.addAttribute("lines", lines);
			model.addAttribute("total", Som.ofTyiyn(lines.stream().mapToLong(l -> l.amount().tyiyn()).sum()));
		}
		catch (java.time.format.DateTimeParseException | InvalidInputException e) {
			model.addAttribute("errorMessage", msg("ledger.error.date", locale));
			model.addAttribute("lines", List.of());
			model.addAttribute("total", Som.ZERO);
			d = null;
		}
		model.addAttribute("day", d == null ? day : d.toString());
		return "ledger/cash-report";
	}

	private Map<Long, String> villageNames(Tenant t, Locale locale) {
		Map<Long, String> names = new LinkedHashMap<>();
		municipalities.villages(t.requireMunicipality()).forEach(v -> names.put(v.id(), v.name().in(locale)));
		return names;
	}

	private String name(Map<Long, String> villages, Long id, Locale locale) {
		return id == null || !villages.containsKey(id) ? msg("ledger.reports.noVillage", locale) : villages.get(id);
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Formats.BISHKEK));
	}
}
