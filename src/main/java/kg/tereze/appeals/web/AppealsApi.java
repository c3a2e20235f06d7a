package kg.tereze.appeals.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import kg.tereze.appeals.internal.Categories;
import kg.tereze.appeals.internal.Category;
import kg.tereze.appeals.internal.Conversation;
import kg.tereze.appeals.internal.ConversationMessage;
import kg.tereze.appeals.internal.Inbox;
import kg.tereze.appeals.internal.NewReport;
import kg.tereze.appeals.internal.ProblemReport;
import kg.tereze.appeals.internal.ProblemReports;
import kg.tereze.appeals.internal.ReportChange;
import kg.tereze.appeals.ReportStatus;
import kg.tereze.appeals.internal.Source;
import kg.tereze.messaging.Delivery;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The inbox and problem reports for staff and integrations. */
@RestController
@RequestMapping("/api/v1/appeals")
@PreAuthorize("isAuthenticated() and !hasRole('SYSTEM_ADMIN')")
class AppealsApi {

	record ThreadView(long id, String channel, String name, String phone, Long personId, Instant lastMessageAt,
			boolean waiting, String lastText) {

		static ThreadView of(Conversation c) {
			return new ThreadView(c.id(), c.channel().name(), c.displayName(), c.phone(), c.personId(), c.lastMessageAt(),
					c.waiting(), c.lastText());
		}
	}

	record MessageView(long id, String direction, String text, Double latitude, Double longitude, List<String> media,
			boolean automatic, String delivery, Instant at) {
	}

	record ThreadDetail(ThreadView thread, List<MessageView> messages, List<String> reports) {
	}

	record PersonLink(String pin) {
	}

	record Reply(String text) {
	}

	record ThreadReport(String category, String description, Long village, String address) {
	}

	record ReportIn(String category, String description, Double latitude, Double longitude, Long village, String address,
			String name, String phone) {
	}

	record ReportView(String number, String category, String description, Double latitude, Double longitude, Long village,
			String address, String status, String source, Long assignee, String note, Instant createdAt, Instant dueAt,
			Instant resolvedAt, boolean overdue, List<String> photos) {
	}

	record ReportDetail(ReportView report, String reporterName, String reporterPhone, List<ReportChange> history) {
	}

	record StatusChange(String status, Long assignee, String note) {
	}

	record Note(String note) {
	}

	private final Inbox inbox;

	private final ProblemReports reports;

	private final Categories categories;

	private final java.time.Clock clock;

	AppealsApi(Inbox inbox, ProblemReports reports, Categories categories, java.time.Clock clock) {
		this.inbox = inbox;
		this.reports = reports;
		this.categories = categories;
		this.clock = clock;
	}

	@GetMapping("/threads")
	ResultPage<ThreadView> threads(@RequestParam(defaultValue = "false") boolean waiting,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		ResultPage<Conversation> r = inbox.conversations(CurrentTenant.require(), waiting, ResultPage.safePage(page),
				ResultPage.safeSize(size));
		return new ResultPage<>(r.items().stream().map(ThreadView::of).toList(), r.total(), r.page(), r.size());
	}

	@GetMapping("/threads/{id}")
	ThreadDetail thread(@PathVariable long id) {
		Tenant t = CurrentTenant.require();
		Conversation c = inbox.conversation(t, id);
		List<ConversationMessage> all = inbox.messages(c);
		Map<Long, Delivery> deliveries = inbox.deliveries(t, all);
		List<MessageView> messages = all.stream().map(m -> new MessageView(m.id(), m.incoming() ? "IN" : "OUT", m.body(),
				m.latitude(), m.longitude(), m.media(), m.automatic(),
				m.outboxId() == null || deliveries.get(m.outboxId()) == null ? null : deliveries.get(m.outboxId()).state().name(),
				m.at())).toList();
		return new ThreadDetail(ThreadView.of(c), messages,
				reports.ofThread(c.id()).stream().map(ProblemReport::number).toList());
	}

	@PostMapping("/threads/{id}/person")
	ThreadView linkPerson(@PathVariable long id, @RequestBody PersonLink in) {
		return ThreadView.of(inbox.linkPerson(CurrentTenant.require(), id, in.pin()));
	}

	@PostMapping("/threads/{id}/replies")
	ResponseEntity<Void> reply(@PathVariable long id, @RequestBody Reply reply) {
		inbox.reply(CurrentTenant.require(), id, reply == null ? null : reply.text());
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/threads/{id}/reports")
	ResponseEntity<ReportView> reportFromThread(@PathVariable long id, @RequestBody ThreadReport in) {
		Tenant t = CurrentTenant.require();
		ProblemReport r = inbox.fileReport(t, id, in.category(), in.description(), in.village(), in.address());
		return ResponseEntity.created(URI.create("/api/v1/appeals/reports/" + r.number())).body(view(t, r));
	}

	@GetMapping("/categories")
	List<Category> categories() {
		return categories.of(CurrentTenant.require().requireMunicipality());
	}

	@GetMapping("/reports")
	ResultPage<ReportView> list(@RequestParam Map<String, String> query, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Tenant t = CurrentTenant.require();
		ResultPage<ProblemReport> r = reports.list(t, ReportQuery.of(query).filter(page, size));
		Map<Long, Category> cats = categories.byId(t.requireMunicipality());
		return new ResultPage<>(r.items().stream().map(p -> view(cats, p)).toList(), r.total(), r.page(), r.size());
	}

	@PostMapping("/reports")
	@PreAuthorize("hasAnyRole('CLERK', 'HEAD')")
	ResponseEntity<ReportView> file(@RequestBody ReportIn in,
			@org.springframework.web.bind.annotation.RequestHeader(name = "Idempotency-Key", required = false) String key) {
		Tenant t = CurrentTenant.require();
		if (key != null && (key.isBlank() || key.length() > 100)) {
			throw new InvalidInputException("idempotencyKey", "ledger.error.idempotencyKey");
		}
		ProblemReport r = reports.file(t.requireMunicipality(), new NewReport(in.category(), in.description(), in.latitude(),
				in.longitude(), in.village(), in.address(), in.name(), in.phone(), null, List.of(), Source.DESK, null,
				key == null ? null : "api:" + t.requireMunicipality() + ":" + key), t.userId());
		return ResponseEntity.created(URI.create("/api/v1/appeals/reports/" + r.number())).body(view(t, r));
	}

	@GetMapping("/reports/{number}")
	ReportDetail report(@PathVariable String number) {
		Tenant t = CurrentTenant.require();
		ProblemReport r = reports.get(t, number);
		return new ReportDetail(view(t, r), r.reporterName(), r.reporterPhone(), reports.history(r));
	}

	@PostMapping("/reports/{number}/status")
	ReportView move(@PathVariable String number, @RequestBody StatusChange in) {
		Tenant t = CurrentTenant.require();
		// an unknown status is refused by the service once it has found the report
		return view(t, reports.move(t, number, FormFields.named(ReportStatus.class, in.status()), in.assignee(), in.note()));
	}

	@PostMapping("/reports/{number}/reopen")
	ReportView reopen(@PathVariable String number, @RequestBody(required = false) Note in) {
		Tenant t = CurrentTenant.require();
		return view(t, reports.reopen(t, number, in == null ? null : in.note()));
	}

	private ReportView view(Tenant t, ProblemReport r) {
		return view(categories.byId(t.requireMunicipality()), r);
	}

	ReportView view(Map<Long, Category> cats, ProblemReport r) {
		return new ReportView(r.number(), cats.get(r.categoryId()).code(), r.description(), r.latitude(), r.longitude(),
				r.villageId(), r.address(), r.status().name(), r.source().name(), r.assignedUserId(), r.publicNote(),
				r.createdAt(), r.dueAt(), r.resolvedAt(), r.overdue(clock.instant()), r.photos());
	}
}
