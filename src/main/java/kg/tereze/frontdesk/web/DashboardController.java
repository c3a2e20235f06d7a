package kg.tereze.frontdesk.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.frontdesk.internal.DeskDashboard;
import kg.tereze.frontdesk.internal.ServeFigures;
import kg.tereze.shared.ChartBar;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.FormErrors;
import kg.tereze.shared.FormFields;
import kg.tereze.shared.Formats;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Tenant;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The head's dashboard of the window: served, waiting, time-to-serve by clerk and by service, overdue applications. */
@Controller
@RequestMapping("/frontdesk/dashboard")
@PreAuthorize("hasAnyRole('HEAD', 'AUDITOR', 'ADMIN')")
class DashboardController {

	private final DeskDashboard dashboard;

	private final FrontdeskPage page;

	private final kg.tereze.frontdesk.internal.ServiceCatalog catalog;

	private final MessageSource messages;

	DashboardController(DeskDashboard dashboard, FrontdeskPage page, kg.tereze.frontdesk.internal.ServiceCatalog catalog,
			MessageSource messages) {
		this.catalog = catalog;
		this.dashboard = dashboard;
		this.page = page;
		this.messages = messages;
	}

	@GetMapping
	String show(@RequestParam Map<String, String> query, Model model, HttpServletResponse response, Locale locale) {
		Tenant t = CurrentTenant.require();
		LocalDate today = dashboard.today();
		model.addAttribute("today", today);
		model.addAttribute("weekAgo", today.minusDays(6));
		model.addAttribute("monthAgo", today.minusDays(29));
		model.addAttribute("typed", query);
		try {
			ServeFigures f = dashboard.figures(t, FormFields.date(query, "from"), FormFields.date(query, "to"));
			model.addAttribute("figures", f);
			model.addAttribute("medianText", minutes(f.median().toSeconds(), locale));
			model.addAttribute("p90Text", minutes(f.p90().toSeconds(), locale));
			Map<Long, String> staff = page.staffNames(t);
			Map<Long, String> services = FrontdeskPage.serviceNames(catalog.of(t.requireMunicipality()), locale);
			model.addAttribute("clerkBars", bars(f.byClerk(), staff, locale));
			model.addAttribute("serviceBars", bars(f.byService(), services, locale));
			model.addAttribute("dayBars", f.days().stream()
				.map(d -> new ChartBar(Formats.date(d.day()), d.served(), d.served() + " · " + minutes(d.median().toSeconds(), locale)))
				.toList());
			model.addAttribute("maxServed", f.byClerk().stream().mapToLong(ServeFigures.Group::served).max().orElse(0));
			model.addAttribute("maxService", f.byService().stream().mapToLong(ServeFigures.Group::served).max().orElse(0));
			model.addAttribute("maxDay", f.days().stream().mapToLong(ServeFigures.Day::served).max().orElse(0));
		}
		catch (InvalidInputException e) {
			FormErrors.show("dashboard-period", e, query, model, response, messages, locale);
		}
		return "frontdesk/dashboard";
	}

	private List<ChartBar> bars(List<ServeFigures.Group> groups, Map<Long, String> names, Locale locale) {
		return groups.stream().map(g -> new ChartBar(shortened(names.getOrDefault(g.id(), "—")), g.served(),
				messages.getMessage("frontdesk.figures.bar", new Object[] { g.served(), Math.round(g.median().toSeconds() / 60.0),
						Math.round(g.p90().toSeconds() / 60.0) }, locale)))
			.toList();
	}

	/** The chart leaves a label about 25 characters; the full name is on the catalog page. */
	private static String shortened(String name) {
		return name.length() <= 25 ? name : name.substring(0, 24).strip() + "…";
	}

	private String minutes(long seconds, Locale locale) {
		return messages.getMessage("frontdesk.minutes", new Object[] { Math.round(seconds / 60.0) }, locale);
	}
}
