package kg.tereze.frontdesk.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.frontdesk.internal.DeskService;
import kg.tereze.frontdesk.internal.ServiceCatalog;
import kg.tereze.frontdesk.internal.ServiceKind;
import kg.tereze.frontdesk.internal.Visit;
import kg.tereze.frontdesk.internal.VisitStatus;
import kg.tereze.frontdesk.internal.VisitorQueue;
import kg.tereze.frontdesk.internal.TicketPdf;
import kg.tereze.municipality.Municipalities;
import kg.tereze.shared.PdfReply;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.FormErrors;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Tenant;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The window's queue: a ticket for each visitor who comes in, the clerk's desk (call the next one,
 * serve, send on to a certificate or an application), today's list, and the screen in the hall.
 */
@Controller
@RequestMapping("/frontdesk")
@PreAuthorize("hasAnyRole('CLERK', 'HEAD', 'REGISTRAR', 'AUDITOR')")
class QueueController {

	private final VisitorQueue queue;

	private final ServiceCatalog catalog;

	private final Municipalities municipalities;

	private final FrontdeskPage page;

	private final TicketPdf tickets;

	private final MessageSource messages;

	private final Clock clock;

	QueueController(VisitorQueue queue, ServiceCatalog catalog, Municipalities municipalities, FrontdeskPage page,
			TicketPdf tickets, MessageSource messages, Clock clock) {
		this.queue = queue;
		this.catalog = catalog;
		this.municipalities = municipalities;
		this.page = page;
		this.tickets = tickets;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String desk(@RequestParam(required = false) Long ticket, Model model, Locale locale) {
		Tenant t = CurrentTenant.require();
		fill(t, model, locale);
		if (ticket != null) {
			model.addAttribute("given", queue.get(t, ticket));
		}
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of());
		}
		return "frontdesk/queue";
	}

	@GetMapping("/today")
	String today(Model model, Locale locale) {
		fill(CurrentTenant.require(), model, locale);
		return "frontdesk/queue :: today";
	}

	private void fill(Tenant t, Model model, Locale locale) {
		page.names(t, model, locale);
		List<Visit> today = queue.today(t.requireMunicipality());
		model.addAttribute("waiting", today.stream().filter(v -> v.status() == VisitStatus.WAITING).toList());
		model.addAttribute("serving", today.stream().filter(v -> v.status() == VisitStatus.SERVING).toList());
		model.addAttribute("done", today.stream().filter(v -> !v.status().open())
			.sorted(java.util.Comparator.comparing(Visit::arrivedAt).reversed()).toList());
		model.addAttribute("current", queue.current(t).orElse(null));
		model.addAttribute("servicesById", catalog.byId(t.requireMunicipality()));
		model.addAttribute("now", clock.instant());
		model.addAttribute("kinds", ServiceKind.values());
	}

	@PostMapping("/visits")
	@PreAuthorize("hasAnyRole('CLERK', 'HEAD', 'REGISTRAR')")
	String arrive(@RequestParam Map<String, String> form, Model model, HttpServletResponse response, Locale locale) {
		Tenant t = CurrentTenant.require();
		try {
			Visit v = queue.arrive(t, form.get("service"), form.get("visitorName"));
			return "redirect:/frontdesk?ticket=" + v.id();
		}
		catch (InvalidInputException e) {
			FormErrors.show("visit-new", e, form, model, response, messages, locale);
			fill(t, model, locale);
			return "frontdesk/queue";
		}
	}

	@PostMapping("/call")
	@PreAuthorize("hasAnyRole('CLERK', 'HEAD', 'REGISTRAR')")
	String callNext(@RequestParam(required = false) String kind, Model model, HttpServletResponse response, Locale locale) {
		return act(() -> queue.callNext(CurrentTenant.require(), kind == null || kind.isBlank() ? null : kind(kind)), model,
				response, locale);
	}

	@PostMapping("/visits/{id}/call")
	@PreAuthorize("hasAnyRole('CLERK', 'HEAD', 'REGISTRAR')")
	String call(@PathVariable long id, Model model, HttpServletResponse response, Locale locale) {
		return act(() -> queue.call(CurrentTenant.require(), id), model, response, locale);
	}

	@PostMapping("/visits/{id}/finish")
	@PreAuthorize("hasAnyRole('CLERK', 'HEAD', 'REGISTRAR')")
	String finish(@PathVariable long id, Model model, HttpServletResponse response, Locale locale) {
		return act(() -> queue.finish(CurrentTenant.require(), id), model, response, locale);
	}

	@PostMapping("/visits/{id}/left")
	@PreAuthorize("hasAnyRole('CLERK', 'HEAD', 'REGISTRAR')")
	String left(@PathVariable long id, Model model, HttpServletResponse response, Locale locale) {
		return act(() -> queue.left(CurrentTenant.require(), id), model, response, locale);
	}

	private String act(java.util.function.Supplier<Visit> step, Model model, HttpServletResponse response, Locale locale) {
		try {
			step.get();
			return "redirect:/frontdesk";
		}
		catch (InvalidInputException e) {
			FormErrors.show("desk", e, Map.of(), model, response, messages, locale);
			fill(CurrentTenant.require(), model, locale);
			return "frontdesk/queue";
		}
	}

	@GetMapping("/visits/{id}/ticket.pdf")
	ResponseEntity<byte[]> ticket(@PathVariable long id) {
		Tenant t = CurrentTenant.require();
		Visit v = queue.get(t, id);
		DeskService service = catalog.require(t.requireMunicipality(), v.serviceId());
		int ahead = (int) queue.today(t.requireMunicipality()).stream()
			.filter(w -> w.status() == VisitStatus.WAITING && w.arrivedAt().isBefore(v.arrivedAt())).count();
		byte[] pdf = tickets.render(v, service, municipalities.require(t.requireMunicipality()), ahead);
		return PdfReply.inline(pdf, v.ticket() + ".pdf");
	}

	/** The screen in the hall: who is called to which clerk, and how many wait. */
	@GetMapping("/board")
	String board(@RequestParam(required = false) String fragment, Model model, Locale locale) {
		fill(CurrentTenant.require(), model, locale);
		return fragment != null ? "frontdesk/board :: calls" : "frontdesk/board";
	}

	static ServiceKind kind(String kind) {
		try {
			return ServiceKind.valueOf(kind);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("kind", "frontdesk.error.kind");
		}
	}
}
