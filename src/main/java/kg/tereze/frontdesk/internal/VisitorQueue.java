package kg.tereze.frontdesk.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.shared.Formats;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.Tenant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The queue at the window. A visitor takes a ticket for a service on arrival; a clerk calls the
 * next one to the desk and serves them. Issuing a certificate or registering an application ends
 * the visit by itself, so the time from arrival to service is measured without anyone clicking for it.
 */
@Service
public class VisitorQueue {

	/** Who calls and serves visitors; AUDITOR watches. */
	public static final Set<String> DESK = Set.of("CLERK", "HEAD", "REGISTRAR");

	private final VisitStore store;

	private final ServiceCatalog catalog;

	private final AuditTrail audit;

	private final Clock clock;

	VisitorQueue(VisitStore store, ServiceCatalog catalog, AuditTrail audit, Clock clock) {
		this.store = store;
		this.catalog = catalog;
		this.audit = audit;
		this.clock = clock;
	}

	/** A ticket for a visitor who just came in: {@code A-007} for certificates, {@code B-003} for applications. */
	@Transactional
	public Visit arrive(Tenant t, String serviceCode, String visitorName) {
		requireDesk(t);
		long m = t.requireMunicipality();
		DeskService service = catalog.requireActive(m, serviceCode, "service");
		String name = visitorName == null || visitorName.isBlank() ? null : visitorName.strip();
		if (name != null && name.length() > 200) {
			throw new InvalidInputException("visitorName", "frontdesk.error.tooLong", 200);
		}
		Instant now = clock.instant();
		LocalDate today = today(now);
		String letter = service.kind().ticketLetter();
		int n = store.nextTicket(m, today, letter);
		Visit v = store.insert(m, today, "%s-%03d".formatted(letter, n), service.id(), name, now);
		audit.record(AuditRecord.created("frontdesk_visit", v.ticket(), m, Map.of("service", service.code())));
		return v;
	}

	public List<Visit> today(long municipalityId) {
		return store.ofDay(municipalityId, today(clock.instant()));
	}

	public Optional<Visit> current(Tenant t) {
		return store.servedBy(t.requireMunicipality(), t.userId());
	}

	public Visit get(Tenant t, long id) {
		return store.find(t.requireMunicipality(), id).orElseThrow(() -> new NotFoundException("visit"));
	}

	/**
	 * Calls the visitor who has waited longest ({@code kind} narrows it to one line) to this clerk's
	 * desk. Two clerks calling at once get two different visitors.
	 */
	@Transactional
	public Visit callNext(Tenant t, ServiceKind kind) {
		requireDesk(t);
		long m = t.requireMunicipality();
		notBusy(t, m);
		try {
			return store.callOldest(m, kind == null ? null : kind.ticketLetter() + "-%", t.userId(), clock.instant())
				.orElseThrow(() -> new InvalidInputException("queue", "frontdesk.error.nobodyWaiting"));
		}
		catch (DuplicateKeyException e) {
			throw new InvalidInputException("queue", "frontdesk.error.busy");
		}
	}

	/** Calls one visitor by their ticket, for one who stepped out and came back. */
	@Transactional
	public Visit call(Tenant t, long visitId) {
		requireDesk(t);
		long m = t.requireMunicipality();
		Visit v = get(t, visitId);
		if (v.status() != VisitStatus.WAITING) {
			throw new InvalidInputException("visit", "frontdesk.error.notWaiting");
		}
		notBusy(t, m);
		try {
			return store.call(m, visitId, t.userId(), clock.instant())
				.orElseThrow(() -> new InvalidInputException("visit", "frontdesk.error.notWaiting"));
		}
		catch (DuplicateKeyException e) {
			throw new InvalidInputException("queue", "frontdesk.error.busy");
		}
	}

	/** The visitor at this desk got what they came for without a document (an answer, a consultation). */
	@Transactional
	public Visit finish(Tenant t, long visitId) {
		requireDesk(t);
		Visit v = get(t, visitId);
		if (v.status() != VisitStatus.SERVING || !t.hasRole("HEAD") && !Long.valueOf(t.userId()).equals(v.clerkId())) {
			throw new InvalidInputException("visit", "frontdesk.error.notServing");
		}
		store.serve(v.municipalityId(), v.id(), clock.instant(), null);
		return get(t, visitId);
	}

	/** The visitor went away before being served. */
	@Transactional
	public Visit left(Tenant t, long visitId) {
		requireDesk(t);
		Visit v = get(t, visitId);
		if (!v.status().open()) {
			throw new InvalidInputException("visit", "frontdesk.error.closed");
		}
		store.leave(v.municipalityId(), v.id());
		return get(t, visitId);
	}

	/** Ends the visit at this clerk's desk with what it produced; nothing happens when none is open. */
	@Transactional
	public Optional<Visit> served(long municipalityId, long clerkId, String outcome, Instant at) {
		return store.serveCurrent(municipalityId, clerkId, at, outcome);
	}

	/** Ends an open visit with the application registered in it, whether or not it was called first. */
	@Transactional
	public void endVisit(long municipalityId, long visitId, long clerkId, Instant at, String outcome) {
		store.end(municipalityId, visitId, clerkId, at, outcome);
	}

	private void notBusy(Tenant t, long m) {
		if (store.servedBy(m, t.userId()).isPresent()) {
			throw new InvalidInputException("queue", "frontdesk.error.busy");
		}
	}

	static void requireDesk(Tenant t) {
		if (DESK.stream().noneMatch(t::hasRole)) {
			throw new NotFoundException("visit");
		}
	}

	static LocalDate today(Instant now) {
		return now.atZone(Formats.BISHKEK).toLocalDate();
	}
}
