package kg.tereze.frontdesk.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import kg.tereze.frontdesk.internal.Application;
import kg.tereze.frontdesk.internal.ApplicationChange;
import kg.tereze.frontdesk.internal.ApplicationFilter;
import kg.tereze.frontdesk.internal.ApplicationStatus;
import kg.tereze.frontdesk.internal.Applications;
import kg.tereze.frontdesk.internal.DeskDashboard;
import kg.tereze.frontdesk.internal.DeskService;
import kg.tereze.frontdesk.internal.NewApplication;
import kg.tereze.frontdesk.internal.ServeFigures;
import kg.tereze.frontdesk.internal.ServiceCatalog;
import kg.tereze.frontdesk.internal.Visit;
import kg.tereze.frontdesk.internal.VisitorQueue;
import kg.tereze.shared.FormFields;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.ResultPage;
import kg.tereze.shared.Tenant;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The single window for integrations and scripts: catalog, queue, applications and the time-to-serve figures. */
@RestController
@RequestMapping("/api/v1/frontdesk")
@PreAuthorize("isAuthenticated() and !hasRole('SYSTEM_ADMIN')")
class FrontdeskApi {

	record ServiceView(String code, String nameKy, String nameRu, String nameEn, String kind, String certificateType,
			String documentsKy, String documentsRu, String fee, int deadlineDays, String responsibleRole, boolean active) {

		static ServiceView of(DeskService s) {
			return new ServiceView(s.code(), s.name().ky(), s.name().ru(), s.name().en(), s.kind().name(), s.certificateType(),
					s.documentsKy(), s.documentsRu(), s.fee().toBigDecimal().toPlainString(), s.deadlineDays(),
					s.responsibleRole(), s.active());
		}
	}

	record VisitIn(String service, String visitorName) {
	}

	record CallIn(String kind) {
	}

	record VisitView(long id, String ticket, String service, String visitorName, String status, Instant arrivedAt,
			Instant calledAt, Instant servedAt, Long clerk, String outcome) {
	}

	record ApplicationIn(String service, String personPin, String applicantName, String phone, String details, Long visitId) {
	}

	record ApplicationView(String number, String service, String applicantName, String personPin, String phone,
			String details, String status, Long assignee, Instant registeredAt, LocalDate dueOn, boolean overdue,
			Instant readyAt, Instant closedAt, String note) {
	}

	record ApplicationDetail(ApplicationView application, List<ApplicationChange> history) {
	}

	record StatusIn(String status, Long assignee, String note) {
	}

	record FiguresView(LocalDate from, LocalDate to, long served, long left, long waitingNow, long medianSeconds,
			long p90Seconds, long overdueApplications, List<GroupView> byClerk, List<GroupView> byService,
			List<ServeFigures.Day> days) {
	}

	record GroupView(long id, long served, long medianSeconds, long p90Seconds) {
	}

	private final ServiceCatalog catalog;

	private final VisitorQueue queue;

	private final Applications applications;

	private final DeskDashboard dashboard;

	FrontdeskApi(ServiceCatalog catalog, VisitorQueue queue, Applications applications, DeskDashboard dashboard) {
		this.catalog = catalog;
		this.queue = queue;
		this.applications = applications;
		this.dashboard = dashboard;
	}

	@GetMapping("/services")
	List<ServiceView> services() {
		return catalog.of(CurrentTenant.require().requireMunicipality()).stream().map(ServiceView::of).toList();
	}

	@GetMapping("/visits")
	@PreAuthorize("hasAnyRole('CLERK', 'HEAD', 'REGISTRAR', 'AUDITOR')")
	List<VisitView> today() {
		Tenant t = CurrentTenant.require();
		var services = catalog.byId(t.requireMunicipality());
		return queue.today(t.requireMunicipality()).stream().map(v -> view(v, services.get(v.serviceId()))).toList();
	}

	@PostMapping("/visits")
	ResponseEntity<VisitView> arrive(@RequestBody VisitIn in) {
		Tenant t = CurrentTenant.require();
		Visit v = queue.arrive(t, in.service(), in.visitorName());
		return ResponseEntity.created(URI.create("/api/v1/frontdesk/visits/" + v.id())).body(view(t, v));
	}

	@PostMapping("/visits/next")
	VisitView callNext(@RequestBody(required = false) CallIn in) {
		Tenant t = CurrentTenant.require();
		String kind = in == null ? null : in.kind();
		return view(t, queue.callNext(t, kind == null || kind.isBlank() ? null : QueueController.kind(kind)));
	}

	@PostMapping("/visits/{id}/call")
	VisitView call(@PathVariable long id) {
		Tenant t = CurrentTenant.require();
		return view(t, queue.call(t, id));
	}

	@PostMapping("/visits/{id}/finish")
	VisitView finish(@PathVariable long id) {
		Tenant t = CurrentTenant.require();
		return view(t, queue.finish(t, id));
	}

	@PostMapping("/visits/{id}/left")
	VisitView left(@PathVariable long id) {
		Tenant t = CurrentTenant.require();
		return view(t, queue.left(t, id));
	}

	@PostMapping("/applications")
	ResponseEntity<ApplicationView> register(@RequestBody ApplicationIn in,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		Tenant t = CurrentTenant.require();
		Application a = applications.register(t, new NewApplication(in.service(), in.personPin(), in.applicantName(),
				in.phone(), in.details(), in.visitId(), key));
		return ResponseEntity.created(URI.create("/api/v1/frontdesk/applications/" + a.number())).body(view(t, a));
	}

	@GetMapping("/applications")
	ResultPage<ApplicationView> list(@RequestParam(required = false) String status,
			@RequestParam(required = false) String service, @RequestParam(required = false) String assignee,
			@RequestParam(required = false) String overdue, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Tenant t = CurrentTenant.require();
		Long serviceId = service == null || service.isBlank() ? null
				: catalog.requireActive(t.requireMunicipality(), service, "service").id();
		ApplicationFilter f = new ApplicationQuery(status, null, assignee, overdue, q, sort).filter(page, size);
		ResultPage<Application> r = applications.list(t, new ApplicationFilter(f.status(), f.inWork(), serviceId,
				f.assigneeId(), f.overdueOnly(), f.text(), f.sort(), f.page(), f.size()));
		var services = catalog.byId(t.requireMunicipality());
		LocalDate today = dashboard.today();
		return new ResultPage<>(r.items().stream().map(a -> view(a, services.get(a.serviceId()), today)).toList(), r.total(),
				r.page(), r.size());
	}

	@GetMapping("/applications/{number}")
	ApplicationDetail get(@PathVariable String number) {
		Tenant t = CurrentTenant.require();
		Application a = applications.get(t, number);
		return new ApplicationDetail(view(t, a), applications.history(a));
	}

	@PostMapping("/applications/{number}/status")
	ApplicationDetail move(@PathVariable String number, @RequestBody StatusIn in) {
		Tenant t = CurrentTenant.require();
		// an unknown step is refused by the service once it has found the application
		Application a = applications.move(t, number, FormFields.named(ApplicationStatus.class, in.status()), in.assignee(),
				in.note());
		return new ApplicationDetail(view(t, a), applications.history(a));
	}

	@GetMapping("/dashboard")
	FiguresView figures(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		ServeFigures f = dashboard.figures(CurrentTenant.require(), date("from", from), date("to", to));
		return new FiguresView(f.from(), f.to(), f.served(), f.left(), f.waitingNow(), f.median().toSeconds(),
				f.p90().toSeconds(), f.overdueApplications(), groups(f.byClerk()), groups(f.byService()), f.days());
	}

	private static List<GroupView> groups(List<ServeFigures.Group> groups) {
		return groups.stream().map(g -> new GroupView(g.id(), g.served(), g.median().toSeconds(), g.p90().toSeconds())).toList();
	}

	private static LocalDate date(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, "frontdesk.error.date");
		}
	}

	private VisitView view(Tenant t, Visit v) {
		return view(v, catalog.require(t.requireMunicipality(), v.serviceId()));
	}

	private static VisitView view(Visit v, DeskService s) {
		return new VisitView(v.id(), v.ticket(), s.code(), v.visitorName(), v.status().name(), v.arrivedAt(), v.calledAt(),
				v.servedAt(), v.clerkId(), v.outcome());
	}

	private ApplicationView view(Tenant t, Application a) {
		return view(a, catalog.require(t.requireMunicipality(), a.serviceId()), dashboard.today());
	}

	private static ApplicationView view(Application a, DeskService s, LocalDate today) {
		return new ApplicationView(a.number(), s.code(), a.applicantName(), a.applicantPin(), a.phone(), a.details(),
				a.status().name(), a.assigneeId(), a.registeredAt(), a.dueOn(), a.overdue(today), a.readyAt(), a.closedAt(),
				a.note());
	}
}
