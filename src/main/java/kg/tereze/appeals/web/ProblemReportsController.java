package kg.tereze.appeals.web;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.appeals.internal.Categories;
import kg.tereze.appeals.internal.Category;
import kg.tereze.appeals.internal.NewReport;
import kg.tereze.appeals.internal.ProblemReport;
import kg.tereze.appeals.internal.ProblemReports;
import kg.tereze.appeals.internal.ReportFilter;
import kg.tereze.appeals.ReportStatus;
import kg.tereze.appeals.internal.Source;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.FormErrors;
import kg.tereze.shared.FormFields;
import kg.tereze.shared.Formats;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.ResultPage;
import kg.tereze.shared.Tenant;
import kg.tereze.shared.Xlsx;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Problem reports: the list (filter, pages, XLSX), one report with its history and the next steps, and filing at the desk. */
@Controller
@RequestMapping("/appeals/reports")
@PreAuthorize("isAuthenticated() and !hasRole('SYSTEM_ADMIN')")
class ProblemReportsController {

	private final ProblemReports reports;

	private final Categories categories;

	private final AppealsPage page;

	private final MessageSource messages;

	private final Clock clock;

	ProblemReportsController(ProblemReports reports, Categories categories, AppealsPage page, MessageSource messages, Clock clock) {
		this.reports = reports;
		this.categories = categories;
		this.page = page;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam Map<String, String> query, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model, HttpServletResponse response, Locale locale) {
		Tenant t = CurrentTenant.require();
		this.page.names(t, model, locale);
		ReportQuery q = ReportQuery.of(query);
		model.addAttribute("q", q);
		model.addAttribute("statuses", ReportStatus.values());
		model.addAttribute("now", clock.instant());
		FormErrors.listOrShow("reports-filter", query, () -> reports.list(t, q.filter(page, size)), model, response, messages,
				locale);
		return "appeals/reports";
	}

	@GetMapping("/export.xlsx")
	void export(@RequestParam Map<String, String> query, HttpServletResponse response, Locale locale) throws IOException {
		Tenant t = CurrentTenant.require();
		ReportFilter f = ReportQuery.of(query).filter(0, ReportFilter.MAX_SIZE);
		List<ProblemReport> rows = ResultPage.gather(p -> reports.list(t, new ReportFilter(f.status(), f.openOnly(),
				f.categoryId(), f.villageId(), f.overdueOnly(), f.sort(), p, ReportFilter.MAX_SIZE)), 50);
		Map<Long, String> villages = page.villages(t.requireMunicipality(), locale);
		Map<Long, Category> cats = categories.byId(t.requireMunicipality());
		List<String> headers = List.of(msg("appeals.report.number", locale), msg("appeals.report.filed", locale),
				msg("appeals.category", locale), msg("appeals.report.status", locale), msg("appeals.report.due", locale),
				msg("municipality.village", locale), msg("appeals.report.address", locale),
				msg("appeals.report.description", locale), msg("appeals.report.source", locale));
		Xlsx.write(Xlsx.attachment(response, "reports.xlsx"), "reports", headers, rows, r -> List.of(r.number(),
				Formats.dateTime(r.createdAt()), cats.get(r.categoryId()).name().in(locale),
				msg("appeals.status." + r.status(), locale), Formats.dateTime(r.dueAt()),
				r.villageId() == null ? "" : villages.getOrDefault(r.villageId(), ""), r.address() == null ? "" : r.address(),
				r.description(), msg("appeals.source." + r.source(), locale)));
	}

	@GetMapping("/new")
	@PreAuthorize("hasAnyRole('CLERK', 'HEAD')")
	String newForm(Model model, Locale locale) {
		page.names(CurrentTenant.require(), model, locale);
		model.addAttribute("typed", Map.of());
		model.addAttribute("formKey", java.util.UUID.randomUUID().toString());
		return "appeals/report-new";
	}

	@PostMapping("/new")
	@PreAuthorize("hasAnyRole('CLERK', 'HEAD')")
	String file(@RequestParam Map<String, String> form, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		Tenant t = CurrentTenant.require();
		ProblemReport r;
		try {
			r = reports.file(t.requireMunicipality(), new NewReport(form.get("category"), form.get("description"), null, null,
					FormFields.number(form, "village"), FormFields.blankToNull(form.get("address")),
					FormFields.blankToNull(form.get("name")), FormFields.blankToNull(form.get("phone")), null, List.of(),
					Source.DESK, null, FormFields.blankToNull(form.get("key"))), t.userId());
		}
		catch (InvalidInputException e) {
			page.names(t, model, locale);
			FormErrors.show("report-form", e, form, model, response, messages, locale);
			return "appeals/report-new";
		}
		redirect.addFlashAttribute("notice", "appeals.report.filedNotice");
		return "redirect:/appeals/reports/" + r.number();
	}

	@GetMapping("/{number}")
	String card(@PathVariable String number, Model model, Locale locale) {
		Tenant t = CurrentTenant.require();
		ProblemReport r = reports.get(t, number);
		show(t, r, model, locale);
		return "appeals/report";
	}

	private void show(Tenant t, ProblemReport r, Model model, Locale locale) {
		page.names(t, model, locale);
		Category category = categories.require(r.municipalityId(), r.categoryId());
		model.addAttribute("report", r);
		model.addAttribute("category", category);
		model.addAttribute("history", reports.history(r));
		model.addAttribute("duplicates", r.status().isOpen() ? reports.possibleDuplicates(r) : List.of());
		model.addAttribute("canWork", ProblemReports.mayWork(t, category));
		model.addAttribute("stepNames", r.status().next().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()));
		model.addAttribute("finishSteps", List.of("RESOLVED", "REJECTED"));
		model.addAttribute("canReopen", r.status().canReopen(r.resolvedAt(), clock.instant()));
		model.addAttribute("staffNames", page.staffNames(t));
		model.addAttribute("overdue", r.overdue(clock.instant()));
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of());
		}
	}

	@PostMapping("/{number}/status")
	String move(@PathVariable String number, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		Tenant t = CurrentTenant.require();
		try {
			reports.move(t, number, FormFields.choice(form, "status", ReportStatus.class), FormFields.number(form, "assignee"),
					form.get("note"));
		}
		catch (InvalidInputException e) {
			return refused(t, number, "step-" + form.getOrDefault("status", ""), e, form, model, response, locale);
		}
		redirect.addFlashAttribute("notice", "appeals.report.moved");
		return "redirect:/appeals/reports/" + number;
	}

	@PostMapping("/{number}/reopen")
	String reopen(@PathVariable String number, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		Tenant t = CurrentTenant.require();
		try {
			reports.reopen(t, number, form.get("note"));
		}
		catch (InvalidInputException e) {
			return refused(t, number, "reopen-form", e, form, model, response, locale);
		}
		redirect.addFlashAttribute("notice", "appeals.report.reopened");
		return "redirect:/appeals/reports/" + number;
	}

	@PostMapping("/{number}/duplicate")
	String duplicate(@PathVariable String number, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		Tenant t = CurrentTenant.require();
		try {
			reports.markDuplicate(t, number, form.get("original"));
		}
		catch (InvalidInputException e) {
			return refused(t, number, "duplicate-form", e, form, model, response, locale);
		}
		redirect.addFlashAttribute("notice", "appeals.report.markedDuplicate");
		return "redirect:/appeals/reports/" + number;
	}

	private String refused(Tenant t, String number, String formId, InvalidInputException e, Map<String, String> form,
			Model model, HttpServletResponse response, Locale locale) {
		FormErrors.show(formId, e, form, model, response, messages, locale);
		show(t, reports.get(t, number), model, locale);
		return "appeals/report";
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
