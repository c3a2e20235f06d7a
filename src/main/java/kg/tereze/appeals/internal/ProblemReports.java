package kg.tereze.appeals.internal;

import kg.tereze.appeals.ReportStatus;
import kg.tereze.appeals.ReportStatusChanged;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.identity.StaffUser;
import kg.tereze.identity.StaffUsers;
import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.ReferenceNumbers;
import kg.tereze.shared.Idempotency;
import kg.tereze.shared.IdempotentRequest;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.ResultPage;
import kg.tereze.shared.Tenant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Problem reports from every source: filed with a number and a deadline from their category, moved
 * along their statuses by staff, every step kept, and the resident told on the channel they used.
 */
@Service
public class ProblemReports {

	public static final int MAX_DESCRIPTION = 4000;

	public static final int MAX_PHOTOS = 5;

	static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");

	/** Roles that see and work on every category's reports; AUDITOR sees them all and changes none. */
	static final Set<String> DESK = Set.of("CLERK", "HEAD");

	private final ProblemReportStore store;

	private final Categories categories;

	private final ReferenceNumbers numbers;

	private final Municipalities municipalities;

	private final StaffUsers staff;

	private final Notifier notifier;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	/** The idempotency kind of submissions (a web form's, an API client's or an Open311 token). */
	private static final String KEYS = "appeals.report";

	private final Idempotency idempotency;

	private final Clock clock;

	ProblemReports(ProblemReportStore store, Categories categories, ReferenceNumbers numbers, Municipalities municipalities,
			StaffUsers staff, Notifier notifier, AuditTrail audit, ApplicationEventPublisher events,
			Idempotency idempotency, Clock clock) {
		this.idempotency = idempotency;
		this.store = store;
		this.categories = categories;
		this.numbers = numbers;
		this.municipalities = municipalities;
		this.staff = staff;
		this.notifier = notifier;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Files a report for the municipality. A submission key seen before answers the report it made;
	 * a bad field is named and nothing is filed (no number is used).
	 */
	@Transactional
	public ProblemReport file(long municipalityId, NewReport r, Long userId) {
		IdempotentRequest request = IdempotentRequest.of(municipalityId, KEYS, r.submissionKey(), r.categoryCode(),
				r.description() == null ? "" : r.description().strip());
		return idempotency.once(request, () -> fileOnce(municipalityId, r, userId), ProblemReport::number,
				number -> store.byNumber(municipalityId, number).orElseThrow()).value();
	}

	private ProblemReport fileOnce(long municipalityId, NewReport r, Long userId) {
		Category category = categories.requireActive(municipalityId, r.categoryCode(), "category");
		check(municipalityId, r);
		Instant now = clock.instant();
		var ref = numbers.next(municipalityId, "APPEAL", now.atZone(BISHKEK).getYear());
		String number = "%s-A-%d-%06d".formatted(ref.municipalityCode(), ref.year(), ref.number());
		long id = store.insert(municipalityId, number, category.id(), r, now, now.plus(category.sla()));
		store.recordChange(id, new ReportChange(now, userId, null, ReportStatus.NEW, null, null));
		ProblemReport report = store.byId(municipalityId, id).orElseThrow();
		audit.record(AuditRecord.created("appeals_report", number, municipalityId,
				Map.of("category", category.code(), "source", r.source().name())));
		if (r.threadId() != null) {
			notifier.tell(municipalityId, r.threadId(),
					notifier.bilingual("appeals.notify.filed", number, category.name(), category.slaHours()));
		}
		return report;
	}

	private void check(long municipalityId, NewReport r) {
		String d = r.description() == null ? "" : r.description().strip();
		if (d.isEmpty()) {
			throw new InvalidInputException("description", "appeals.error.description");
		}
		if (d.length() > MAX_DESCRIPTION) {
			throw new InvalidInputException("description", "appeals.error.tooLong", MAX_DESCRIPTION);
		}
		if ((r.latitude() == null) != (r.longitude() == null)) {
			throw new InvalidInputException("location", "appeals.error.location");
		}
		if (r.latitude() != null && !new kg.tereze.messaging.Location(r.latitude(), r.longitude(), null).inKyrgyzstan()) {
			throw new InvalidInputException("location", "appeals.error.outside");
		}
		if (r.villageId() != null && municipalities.villages(municipalityId).stream().noneMatch(v -> v.id() == r.villageId())) {
			throw new InvalidInputException("village", "appeals.error.village");
		}
		if (r.address() != null && r.address().length() > 300) {
			throw new InvalidInputException("address", "appeals.error.tooLong", 300);
		}
		if (r.latitude() == null && r.villageId() == null && (r.address() == null || r.address().isBlank())) {
			throw new InvalidInputException("location", "appeals.error.where");
		}
		if (r.reporterName() != null && r.reporterName().length() > 200) {
			throw new InvalidInputException("name", "appeals.error.tooLong", 200);
		}
		if (r.reporterPhone() != null && !r.reporterPhone().isBlank() && !r.reporterPhone().matches("\\+?[0-9 ()-]{6,20}")) {
			throw new InvalidInputException("phone", "appeals.error.phone");
		}
		if (r.reporterEmail() != null && !r.reporterEmail().isBlank()
				&& (r.reporterEmail().length() > 200 || !r.reporterEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
			throw new InvalidInputException("email", "appeals.error.email");
		}
		if (r.photos().size() > MAX_PHOTOS) {
			throw new InvalidInputException("photos", "appeals.error.photos", MAX_PHOTOS);
		}
	}

	public ProblemReport get(Tenant t, String number) {
		ProblemReport r = store.byNumber(t.requireMunicipality(), number == null ? "" : number.trim())
			.orElseThrow(() -> new NotFoundException("report"));
		if (!maySee(t, categories.require(r.municipalityId(), r.categoryId()))) {
			throw new NotFoundException("report");
		}
		audit.record(AuditRecord.viewed("appeals_report", r.number(), r.municipalityId()));
		return r;
	}

	/** For the public and Open311: no tenant; the caller shows nothing personal. */
	public Optional<ProblemReport> publicReport(long municipalityId, String number) {
		return store.byNumber(municipalityId, number == null ? "" : number.trim());
	}

	public ResultPage<ProblemReport> list(Tenant t, ReportFilter f) {
		long m = t.requireMunicipality();
		Long[] scope = sees(t) ? null
				: categories.of(m).stream().filter(c -> c.role() != null && t.hasRole(c.role())).map(Category::id)
					.toArray(Long[]::new);
		return store.list(m, f, scope, clock.instant());
	}

	/** For Open311's list: every report of the municipality, by the same filter. */
	public ResultPage<ProblemReport> publicList(long municipalityId, ReportFilter f) {
		return store.list(municipalityId, f, null, clock.instant());
	}

	/** An Open311 client's earlier submission, by its token. */
	public Optional<ProblemReport> bySubmission(long municipalityId, String key) {
		return idempotency.answer(municipalityId, KEYS, key).flatMap(number -> store.byNumber(municipalityId, number));
	}

	/** Open311's search, for anyone: the caller shows nothing personal. */
	public List<ProblemReport> publicSearch(long municipalityId, List<String> numbers, Long categoryId, Instant from,
			Instant to, Boolean open, int limit) {
		return store.search(municipalityId, numbers, categoryId, from, to, open, limit);
	}

	public List<ReportUpdate> publicUpdates(long municipalityId, Instant from, Instant to, int limit) {
		return store.updates(municipalityId, from, to, limit);
	}

	/** Open reports by category and the median time to resolve over the last 90 days, for the public page. */
	public PublicFigures publicFigures(long municipalityId) {
		return store.figures(municipalityId, clock.instant().minus(java.time.Duration.ofDays(90)));
	}

	/** The steps of a report the caller already holds (from {@link #get}, which checked and audited it). */
	public List<ReportChange> history(ProblemReport report) {
		return store.history(report.id());
	}

	public List<ProblemReport> possibleDuplicates(ProblemReport r) {
		return store.near(r, 300);
	}

	public List<ProblemReport> ofThread(long threadId) {
		return store.ofThread(threadId);
	}

	/** A step along the statuses, checked against where the report is, with a note the resident is told. */
	@Transactional
	public ProblemReport move(Tenant t, String number, ReportStatus to, Long assigneeId, String note) {
		long m = t.requireMunicipality();
		ProblemReport r = store.lock(m, number).orElseThrow(() -> new NotFoundException("report"));
		Category category = categories.require(m, r.categoryId());
		requireWorker(t, category);
		if (to == null || !r.status().canBecome(to)) {
			throw new InvalidInputException("status", "appeals.error.step");
		}
		String text = note(note, to == ReportStatus.REJECTED || to == ReportStatus.RESOLVED);
		Long assignee = r.assignedUserId();
		if (to == ReportStatus.ASSIGNED) {
			if (assigneeId == null) {
				throw new InvalidInputException("assignee", "appeals.error.assignee");
			}
			StaffUser user = staff.get(t, assigneeId);
			if (!user.enabled() || user.municipalityId() == null || user.municipalityId() != m) {
				throw new InvalidInputException("assignee", "appeals.error.assignee");
			}
			assignee = user.id();
		}
		Instant now = clock.instant();
		Instant resolved = to == ReportStatus.RESOLVED || to == ReportStatus.REJECTED ? now : r.resolvedAt();
		return apply(t, r, category, to, assignee, resolved, r.dueAt(), text, null, now);
	}

	/** Back to work within five days of the resolution, with a new deadline. */
	@Transactional
	public ProblemReport reopen(Tenant t, String number, String note) {
		long m = t.requireMunicipality();
		ProblemReport r = store.lock(m, number).orElseThrow(() -> new NotFoundException("report"));
		Category category = categories.require(m, r.categoryId());
		requireWorker(t, category);
		Instant now = clock.instant();
		if (!r.status().canReopen(r.resolvedAt(), now)) {
			throw new InvalidInputException("status", "appeals.error.reopen");
		}
		ReportStatus to = r.assignedUserId() == null ? ReportStatus.NEW : ReportStatus.ASSIGNED;
		return apply(t, r, category, to, r.assignedUserId(), null, now.plus(category.sla()), note(note, true), null, now);
	}

	/** The same problem as an open report already filed: this one is rejected, pointing to it. */
	@Transactional
	public ProblemReport markDuplicate(Tenant t, String number, String originalNumber) {
		long m = t.requireMunicipality();
		ProblemReport original = store.byNumber(m, originalNumber == null ? "" : originalNumber.trim())
			.orElseThrow(() -> new InvalidInputException("original", "appeals.error.original"));
		ProblemReport r = store.lock(m, number).orElseThrow(() -> new NotFoundException("report"));
		if (original.id() == r.id() || !r.status().canBecome(ReportStatus.REJECTED)) {
			throw new InvalidInputException("original", "appeals.error.original");
		}
		Category category = categories.require(m, r.categoryId());
		requireWorker(t, category);
		Instant now = clock.instant();
		String text = notifier.text(java.util.Locale.forLanguageTag("ru"), "appeals.duplicateNote", original.number());
		return apply(t, r, category, ReportStatus.REJECTED, r.assignedUserId(), now, r.dueAt(), text, original.id(), now);
	}

	private ProblemReport apply(Tenant t, ProblemReport r, Category category, ReportStatus to, Long assignee,
			Instant resolved, Instant due, String note, Long duplicateOf, Instant now) {
		store.move(r.municipalityId(), r.id(), to, assignee, resolved, due, note, duplicateOf, now);
		store.recordChange(r.id(), new ReportChange(now, t.userId(), r.status(), to, assignee, note));
		audit.record(AuditRecord.updated("appeals_report", r.number(), r.municipalityId(),
				Map.of("status", r.status().name()), Map.of("status", to.name())));
		events.publishEvent(new ReportStatusChanged(r.municipalityId(), r.number(), r.status(), to));
		if (r.threadId() != null && to != ReportStatus.ASSIGNED) {
			String text = notifier.bilingual("appeals.notify.status", r.number(), category.name(),
					new kg.tereze.messaging.ResidentTexts.Key("appeals.status." + to.name()));
			notifier.tell(r.municipalityId(), r.threadId(), note == null ? text : text + "\n\n" + note);
		}
		return store.byId(r.municipalityId(), r.id()).orElseThrow();
	}

	private static String note(String note, boolean required) {
		String n = note == null ? "" : note.strip();
		if (n.length() > 1000) {
			throw new InvalidInputException("note", "appeals.error.tooLong", 1000);
		}
		if (n.isEmpty() && required) {
			throw new InvalidInputException("note", "appeals.error.note");
		}
		return n.isEmpty() ? null : n;
	}

	private static boolean sees(Tenant t) {
		return t.hasRole("CLERK") || t.hasRole("HEAD") || t.hasRole("AUDITOR");
	}

	public static boolean maySee(Tenant t, Category c) {
		return sees(t) || (c.role() != null && t.hasRole(c.role()));
	}

	public static boolean mayWork(Tenant t, Category c) {
		return DESK.stream().anyMatch(t::hasRole) || (c.role() != null && t.hasRole(c.role()));
	}

	private static void requireWorker(Tenant t, Category c) {
		if (!mayWork(t, c)) {
			throw new org.springframework.security.access.AccessDeniedException("appeals");
		}
	}
}
