package kg.tereze.billing.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.billing.internal.BillingRun;
import kg.tereze.billing.internal.BillingRuns;
import kg.tereze.billing.internal.Catalog;
import kg.tereze.billing.internal.RunMode;
import kg.tereze.billing.internal.RunTotals;
import kg.tereze.billing.UtilityService;
import kg.tereze.ledger.Book;
import kg.tereze.ledger.BookPicker;
import kg.tereze.shared.ChartBar;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.FormFields;
import kg.tereze.shared.Formats;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Tenant;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The monthly billing run: preview the month's totals, then bill it, and watch it work. */
@Controller
@RequestMapping("/billing/runs")
@PreAuthorize("hasAnyRole('ACCOUNTANT', 'HEAD', 'AUDITOR')")
class RunsController {

	private final BillingRuns runs;

	private final Catalog catalog;

	private final VillageNames villageNames;

	private final MessageSource messages;

	private final Clock clock;

	private final BookPicker picker;

	RunsController(BookPicker picker, BillingRuns runs, Catalog catalog, VillageNames villageNames, MessageSource messages, Clock clock) {
		this.picker = picker;
		this.runs = runs;
		this.catalog = catalog;
		this.villageNames = villageNames;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) Long book, Model model, Locale locale) {
		Tenant t = CurrentTenant.require();
		Book b = picker.pick(t, book, model, locale);
		model.addAttribute("runs", runs.recent(t, b.id()));
		if (!model.containsAttribute("month")) {
			model.addAttribute("month", YearMonth.now(clock.withZone(Formats.BISHKEK)).toString());
		}
		return "billing/runs";
	}

	@PostMapping
	@PreAuthorize("hasRole('ACCOUNTANT')")
	String start(@RequestParam Map<String, String> form, Model model, HttpServletResponse response, Locale locale) {
		Tenant t = CurrentTenant.require();
		Long book = FormFields.number(form, "book");
		try {
			RunMode mode = FormFields.choice(form, "mode", RunMode.class);
			BillingRun run = runs.start(t, catalog.book(t, book).id(), FormFields.month(form, "month"), mode, locale);
			return "redirect:/billing/runs/" + run.id();
		}
		catch (InvalidInputException e) {
			response.setStatus(400);
			model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
			model.addAttribute("month", form.get("month"));
			return list(book, model, locale);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		Tenant t = CurrentTenant.require();
		BillingRun run = runs.status(t, id);
		Book b = picker.pick(t, run.bookId(), model, locale);
		model.addAttribute("run", run);
		Map<String, UtilityService> services = new HashMap<>();
		catalog.services(t, b.id()).forEach(s -> services.put(s.code(), s));
		model.addAttribute("services", services);
		Map<Long, String> villages = villageNames.villages(t.requireMunicipality(), locale);
		model.addAttribute("villages", villages);
		model.addAttribute("villageBars", villageBars(run.totals(), villages, locale));
		model.addAttribute("maxVillage", run.totals().villages().stream().mapToLong(RunTotals.ByVillage::amountTyiyn)
			.max().orElse(0));
		return "billing/run";
	}

	private List<ChartBar> villageBars(RunTotals totals, Map<Long, String> villages, Locale locale) {
		List<ChartBar> bars = new ArrayList<>();
		String other = messages.getMessage("billing.run.noVillage", null, locale);
		for (RunTotals.ByVillage v : totals.villages()) {
			bars.add(new ChartBar(v.villageId() == null ? other : villages.getOrDefault(v.villageId(), other), v.amountTyiyn(),
					Formats.money(v.amount())));
		}
		return bars;
	}
}
