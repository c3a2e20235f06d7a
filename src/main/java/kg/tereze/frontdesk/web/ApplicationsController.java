package kg.tereze.frontdesk.web;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.frontdesk.internal.Application;
import kg.tereze.frontdesk.internal.ApplicationFilter;
import kg.tereze.frontdesk.internal.ApplicationStatus;
import kg.tereze.frontdesk.internal.Applications;
import kg.tereze.frontdesk.internal.DeskService;
import kg.tereze.frontdesk.internal.NewApplication;
import kg.tereze.frontdesk.internal.ServiceCatalog;
import kg.tereze.frontdesk.internal.VisitorQueue;
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

/** Applications: the list (filter, pages, XLSX), registering one at the window, and one application with its steps. */
@Controller
@RequestMapping("/frontdesk/applications")
@PreAuthorize("isAuthenticated() and !hasRole('SYSTEM_ADMIN')")
class ApplicationsController {

	private final Applications applications;

	private final ServiceCatalog catalog;

	private final VisitorQueue queue;

	private final FrontdeskPage page;

	private final MessageSource messages;

	private final Clock clock;

	ApplicationsController(Applications applications, ServiceCatalog catalog, VisitorQueue queue, FrontdeskPage page,
			MessageSource messages, Clock clock) {
		this.applications = applications;
		this.catalog = catalog;
		this.queue = queue;
		this.page = page;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam Map<String, String> query, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model, HttpServletResponse response, Locale locale) {
		Tenant t = CurrentTenant.require();
		this.page.names(t, model, locale);
		ApplicationQuery q = ApplicationQuery.of(query);
		model.addAttribute("q", q);
		model.addAttribute("statuses", ApplicationStatus.values());
		model.addAttribute("today", today());
		FormErrors.listOrShow("applications-filter", query, () -> applications.list(t, q.filter(page, size)), model, response,
				messages, locale);
		return "frontdesk/applications";
	}

	@GetMapping("/export.xlsx")
	void export(@RequestParam Map<String, String> query, HttpServletResponse response, Locale locale) throws IOException {
		Tenant t = CurrentTenant.require();
		ApplicationFilter f = ApplicationQuery.of(query).filter(0, ApplicationFilter.MAX_SIZE);
		List<Application> rows = ResultPage.gather(p -> applications.list(t, new ApplicationFilter(f.status(), f.inWork(),
				f.serviceId(), f.assigneeId(), f.overdueOnly(), f.text(), f.sort(), p, ApplicationFilter.MAX_SIZE)), 50);
		Map<Long, String> services = FrontdeskPage.serviceNames(catalog.of(t.requireMunicipality()), locale);
		Map<Long, String> staff = page.staffNames(t);
		var today = today();
		List<String> headers = List.of(msg("frontdesk.application.number", locale), msg("frontdesk.application.registered", locale),
				msg("frontdesk.service", locale), msg("frontdesk.applicant", locale), msg("frontdesk.application.phone", locale),
				msg("frontdesk.application.status", locale), msg("frontdesk.application.assignee", locale),
				msg("frontdesk.application.due", locale), msg("frontdesk.overdue", locale));
		Xlsx.write(Xlsx.attachment(response, "applications.xlsx"), "applications", headers, rows, a -> List.of(a.number(),
				Formats.dateTime(a.registeredAt()), services.getOrDefault(a.serviceId(), ""), a.applicantName(),
				a.phone() == null ? "" : a.phone(), msg("frontdesk.status." + a.status(), locale),
				a.assigneeId() == null ? "" : staff.getOrDefault(a.assigneeId(), ""), Formats.date(a.dueOn()),
				a.overdue(today) ? msg("web.common.yes", locale) : ""));
	}

	@GetMapping("/new")
	@PreAuthorize("hasAnyRole('CLERK', 'HEAD', 'REGISTRAR')")
	String newForm(@RequestParam(required = false) String service, @RequestParam(required = false) Long visit, Model model,
			Locale locale) {
		Tenant t = CurrentTenant.require();
		page.names(t, model, locale);
		model.addAttribute("typed", Map.of("service", service == null ? "" : service, "visit", visit == null ? "" : visit.toString(),
				"key", UUID.randomUUID().toString()));
		if (visit != null) {
			model.addAttribute("visit", queue.get(t, visit));
		}
		return "frontdesk/application-new";
	}

	@PostMapping("/new")
	@PreAuthorize("hasAnyRole('CLERK', 'HEAD', 'REGISTRAR')")
	String register(@RequestParam Map<String, String> form, Model model, HttpServletResponse response, Locale locale,
			RedirectAttributes redirect) {
		Tenant t = CurrentTenant.require();
		try {
			Application a = applications.register(t, new NewApplication(form.get("service"), form.get("pin"), form.get("name"),
					form.get("phone"), form.get("details"), FormFields.number(form, "visit"), form.get("key")));
			redirect.addFlashAttribute("notice", "frontdesk.application.registeredNotice");
			return "redirect:/frontdesk/applications/" + a.number();
		}
		catch (InvalidInputException e) {
			FormErrors.show("application-new", e, form, model, response, messages, locale);
			page.names(t, model, locale);
			Long visit = null;
			try {
				visit = FormFields.number(form, "visit");
			}
			catch (InvalidInputException ignored) {
				// The error shown is the first one; the form keeps what was typed.
			}
			if (visit != null) {
				model.addAttribute("visit", queue.get(t, visit));
			}
			return "frontdesk/application-new";
		}
	}

	@GetMapping("/{number}")
	String card(@PathVariable String number, Model model, Locale locale) {
		Tenant t = CurrentTenant.require();
		Application a = applications.get(t, number);
		show(t, a, model, locale);
		model.addAttribute("typed", Map.of());
		return "frontdesk/application";
	}

	private void show(Tenant t, Application a, Model model, Locale locale) {
		page.names(t, model, locale);
		DeskService service = catalog.require(t.requireMunicipality(), a.serviceId());
		model.addAttribute("a", a);
		model.addAttribute("service", service);
		model.addAttribute("history", applications.history(a));
		model.addAttribute("specialists", applications.specialists(t, service));
		model.addAttribute("overdue", a.overdue(today()));
		model.addAttribute("assignStep", ApplicationStatus.ASSIGNED);
		model.addAttribute("rejectStep", ApplicationStatus.REJECTED);
		model.addAttribute("simpleSteps", List.of(ApplicationStatus.IN_PROGRESS, ApplicationStatus.READY, ApplicationStatus.HANDED_OVER));
	}

	@PostMapping("/{number}/status")
	String move(@PathVariable String number, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
		Tenant t = CurrentTenant.require();
		try {
			ApplicationStatus to;
			try {
				to = ApplicationStatus.valueOf(form.getOrDefault("status", ""));
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInputException("status", "frontdesk.error.step");
			}
			applications.move(t, number, to, FormFields.number(form, "assignee"), form.get("note"));
			redirect.addFlashAttribute("notice", "frontdesk.application.moved");
			return "redirect:/frontdesk/applications/" + number;
		}
		catch (InvalidInputException e) {
			FormErrors.show("application-status", e, form, model, response, messages, locale);
			show(t, applications.get(t, number), model, locale);
			return "frontdesk/application";
		}
	}

	private java.time.LocalDate today() {
		return clock.instant().atZone(Formats.BISHKEK).toLocalDate();
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
