package kg.tereze.frontdesk.internal;

import kg.tereze.shared.WorkingDays;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.identity.StaffUser;
import kg.tereze.identity.StaffUsers;
import kg.tereze.municipality.ReferenceNumbers;
import kg.tereze.registry.PersonCard;
import kg.tereze.registry.RegistryQueries;
import kg.tereze.shared.Formats;
import kg.tereze.shared.Idempotency;
import kg.tereze.shared.IdempotentRequest;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.Pin;
import kg.tereze.shared.ResultPage;
import kg.tereze.shared.Tenant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications for services that take days: registered at the window with a number and a deadline
 * in working days, assigned to a specialist, and the applicant told on WhatsApp when it is ready
 * or why it was refused. Every step is kept.
 */
@Service
public class Applications {

	public static final int MAX_DETAILS = 4000;

	private final ApplicationStore store;

	private final ServiceCatalog catalog;

	private final VisitorQueue queue;

	private final ReferenceNumbers numbers;

	private final RegistryQueries registry;

	private final StaffUsers staff;

	private final ApplicantNotice notice;

	private final AuditTrail audit;

	private final Idempotency idempotency;

	private final Clock clock;

	Applications(ApplicationStore store, ServiceCatalog catalog, VisitorQueue queue, ReferenceNumbers numbers,
			RegistryQueries registry, StaffUsers staff, ApplicantNotice notice, AuditTrail audit, Idempotency idempotency,
			Clock clock) {
		this.idempotency = idempotency;
		this.store = store;
		this.catalog = catalog;
		this.queue = queue;
		this.numbers = numbers;
		this.registry = registry;
		this.staff = staff;
		this.notice = notice;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Registers an application; a submission key seen before answers the application it made. A bad
	 * field is named and nothing is registered (no number is used).
	 */
	@Transactional
	public Application register(Tenant t, NewApplication a) {
		VisitorQueue.requireDesk(t);
		long m = t.requireMunicipality();
		IdempotentRequest request = IdempotentRequest.of(m, "frontdesk.application", a.submissionKey(),
				a.serviceCode(), a.personPin() == null ? "" : a.personPin().strip(),
				a.details() == null ? "" : a.details().strip());
		return idempotency.once(request, () -> registerOnce(t, m, a), Application::number,
				number -> store.byNumber(m, number).orElseThrow()).value();
	}

	private Application registerOnce(Tenant t, long m, NewApplication a) {
		DeskService service = catalog.requireActive(m, a.serviceCode(), "service");
		if (service.instant()) {
			throw new InvalidInputException("service", "frontdesk.error.instant");
		}
		Applicant applicant = applicant(t, a);
		String details = a.details() == null ? "" : a.details().strip();
		if (details.length() > MAX_DETAILS) {
			throw new InvalidInputException("details", "frontdesk.error.tooLong", MAX_DETAILS);
		}
		if (a.visitId() != null) {
			Visit v;
			try {
				v = queue.get(t, a.visitId());
			}
			catch (NotFoundException e) {
				throw new InvalidInputException("visitId", "frontdesk.error.visit");
			}
			if (!v.status().open()) {
				throw new InvalidInputException("visitId", "frontdesk.error.closed");
			}
		}
		Instant now = clock.instant();
		LocalDate today = VisitorQueue.today(now);
		var ref = numbers.next(m, "APPLICATION", today.getYear());
		String number = printed(ref);
		LocalDate due = WorkingDays.after(today, service.deadlineDays());
		long id = store.insert(m, number, service.id(), applicant.personId(), applicant.name(), applicant.pin(),
				applicant.phone(), details, a.visitId(), now, t.userId(), due);
		Application registered = store.byId(m, id).orElseThrow();
		boolean told = notice.tell(registered, service, "frontdesk.notify.registered", Formats.date(due));
		store.recordChange(id, new ApplicationChange(now, t.userId(), null, ApplicationStatus.REGISTERED, null, null, told));
		if (a.visitId() != null) {
			queue.endVisit(m, a.visitId(), t.userId(), now, number);
		}
		audit.record(AuditRecord.created("frontdesk_application", number, m,
				Map.of("service", service.code(), "personId", applicant.personId() == null ? "" : applicant.personId())));
		return registered;
	}

	/** {@code KAR-Z-2026-000123}: Z for арыз/заявление, beside A for problem reports and none for certificates. */
	public static String printed(ReferenceNumbers.ReferenceNumber ref) {
		return "%s-Z-%d-%06d".formatted(ref.municipalityCode(), ref.year(), ref.number());
	}

	private record Applicant(Long personId, String name, String pin, String phone) {
	}

	private Applicant applicant(Tenant t, NewApplication a) {
		String pin = a.personPin() == null || a.personPin().isBlank() ? null : a.personPin().strip();
		String name = a.applicantName() == null ? "" : a.applicantName().strip();
		Long personId = null;
		if (pin != null) {
			if (!Pin.isWellFormed(pin)) {
				throw new InvalidInputException("personPin", "frontdesk.error.pin");
			}
			PersonCard p = registry.findByPin(t, pin).orElseThrow(() -> new InvalidInputException("personPin", "frontdesk.error.pinUnknown"));
			if (p.deathDate() != null) {
				throw new InvalidInputException("personPin", "frontdesk.error.pinUnknown");
			}
			personId = p.id();
			if (name.isEmpty()) {
				name = p.data().fullName();
			}
		}
		if (name.isEmpty()) {
			throw new InvalidInputException("applicantName", "frontdesk.error.applicant");
		}
		if (name.length() > 200) {
			throw new InvalidInputException("applicantName", "frontdesk.error.tooLong", 200);
		}
		String phone = a.phone() == null || a.phone().isBlank() ? null : a.phone().strip();
		if (phone != null && !phone.matches("\\+?[0-9 ()-]{6,20}")) {
			throw new InvalidInputException("phone", "frontdesk.error.phone");
		}
		return new Applicant(personId, name, pin, phone);
	}

	/** An application the user may see; the view is audited (it carries personal data). */
	@Transactional
	public Application get(Tenant t, String number) {
		long m = t.requireMunicipality();
		Application a = store.byNumber(m, number == null ? "" : number.strip())
			.orElseThrow(() -> new NotFoundException("application"));
		if (!maySee(t, a, catalog.require(m, a.serviceId()))) {
			throw new NotFoundException("application");
		}
		audit.record(AuditRecord.viewed("frontdesk_application", a.number(), m));
		return a;
	}

	public List<ApplicationChange> history(Application a) {
		return store.history(a.id());
	}

	public ResultPage<Application> list(Tenant t, ApplicationFilter f) {
		long m = t.requireMunicipality();
		String role = narrowedTo(t);
		if (role == null && !seesAll(t)) {
			return new ResultPage<>(List.of(), 0, f.page(), f.size());
		}
		LocalDate today = VisitorQueue.today(clock.instant());
		return new ResultPage<>(store.list(m, f, role, t.userId(), today), store.count(m, f, role, t.userId(), today),
				f.page(), f.size());
	}

	/** Moves an application one step; assigning names a specialist, refusing needs the reason the applicant is told. */
	@Transactional
	public Application move(Tenant t, String number, ApplicationStatus to, Long assigneeId, String note) {
		Application a = get(t, number);
		DeskService service = catalog.require(a.municipalityId(), a.serviceId());
		if (!mayWork(t, a, service)) {
			throw new NotFoundException("application");
		}
		if (to == null || !a.status().canMoveTo(to)) {
			throw new InvalidInputException("status", "frontdesk.error.step");
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > 1000) {
			throw new InvalidInputException("note", "frontdesk.error.tooLong", 1000);
		}
		if (to == ApplicationStatus.REJECTED && text == null) {
			throw new InvalidInputException("note", "frontdesk.error.reason");
		}
		Long assignee = a.assigneeId();
		if (to == ApplicationStatus.ASSIGNED) {
			assignee = assignable(t, assigneeId, service).id();
		}
		else if (to == ApplicationStatus.IN_PROGRESS && assignee == null) {
			assignee = t.userId();
		}
		Instant now = clock.instant();
		store.move(a.id(), to, assignee, text, now);
		Application after = store.byId(a.municipalityId(), a.id()).orElseThrow();
		boolean told = switch (to) {
			case READY -> notice.tell(after, service, "frontdesk.notify.ready");
			case REJECTED -> notice.tell(after, service, "frontdesk.notify.rejected", text);
			default -> false;
		};
		store.recordChange(a.id(), new ApplicationChange(now, t.userId(), a.status(), to, assignee, text, told));
		audit.record(AuditRecord.updated("frontdesk_application", a.number(), a.municipalityId(),
				Map.of("status", a.status().name()), Map.of("status", to.name())));
		return after;
	}

	private StaffUser assignable(Tenant t, Long assigneeId, DeskService service) {
		if (assigneeId == null) {
			throw new InvalidInputException("assignee", "frontdesk.error.assignee");
		}
		StaffUser user;
		try {
			user = staff.get(t, assigneeId);
		}
		catch (NotFoundException e) {
			throw new InvalidInputException("assignee", "frontdesk.error.assignee");
		}
		boolean fits = user.roles().stream()
			.anyMatch(r -> VisitorQueue.DESK.contains(r.name()) || r.name().equals(service.responsibleRole()));
		if (!user.enabled() || !fits) {
			throw new InvalidInputException("assignee", "frontdesk.error.assignee");
		}
		return user;
	}

	/** Staff who may be given an application of this service. */
	public List<StaffUser> specialists(Tenant t, DeskService service) {
		return staff.list(t, null, "name", true, 0, 200).items().stream()
			.filter(u -> u.enabled() && u.roles().stream()
				.anyMatch(r -> VisitorQueue.DESK.contains(r.name()) || r.name().equals(service.responsibleRole())))
			.toList();
	}

	private static boolean seesAll(Tenant t) {
		return VisitorQueue.DESK.stream().anyMatch(t::hasRole) || t.hasRole("AUDITOR");
	}

	/** An accountant (say) sees the applications of the services they answer for, and those given to them. */
	private static String narrowedTo(Tenant t) {
		if (seesAll(t)) {
			return null;
		}
		return Set.of("ACCOUNTANT", "CASHIER", "CONTROLLER").stream().filter(t::hasRole).findFirst().orElse(null);
	}

	private static boolean maySee(Tenant t, Application a, DeskService s) {
		return seesAll(t) || t.hasRole(s.responsibleRole()) || Long.valueOf(t.userId()).equals(a.assigneeId());
	}

	private static boolean mayWork(Tenant t, Application a, DeskService s) {
		return VisitorQueue.DESK.stream().anyMatch(t::hasRole) || t.hasRole(s.responsibleRole())
				|| Long.valueOf(t.userId()).equals(a.assigneeId());
	}
}
