package kg.tereze.documents.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.identity.StaffUsers;
import kg.tereze.shared.Formats;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.Tenant;
import kg.tereze.shared.WorkingDays;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Control of execution: the head's resolution puts a document on control with its executors; each
 * executor reports on their own assignment (with the answer, an outgoing letter, where there is one);
 * only the head extends a deadline, with a reason, and the first one is kept; the head or the
 * records keeper takes the document off control once the responsible executor has reported, and for
 * a citizen's appeal only with its answer.
 */
@Service
public class Control {

	/** Working days given when neither the resolution nor the document's journal names a term. */
	static final int DEFAULT_TERM = 10;

	private final DocumentStore documents;

	private final JournalStore journals;

	private final ControlStore store;

	private final StaffUsers staff;

	private final AuditTrail audit;

	private final Clock clock;

	Control(DocumentStore documents, JournalStore journals, ControlStore store, StaffUsers staff, AuditTrail audit, Clock clock) {
		this.documents = documents;
		this.journals = journals;
		this.store = store;
		this.staff = staff;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public List<Assignment> resolve(Tenant t, long documentId, Resolution r) {
		long m = t.requireMunicipality();
		Document d = documents.lock(m, documentId).orElseThrow(() -> new NotFoundException("document"));
		if (d.onControl()) {
			throw new InvalidInputException("document", "documents.error.onControl");
		}
		String instruction = text("instruction", r == null ? null : r.instruction());
		LocalDate today = today();
		LocalDate due = r.dueOn() != null ? r.dueOn() : d.dueOn() != null ? d.dueOn() : WorkingDays.after(today, DEFAULT_TERM);
		if (due.isBefore(today) || due.isBefore(d.receivedOn())) {
			throw new InvalidInputException("dueOn", "documents.error.due");
		}
		Map<Long, String> people = staff.names(t, true);
		if (r.responsible() == null || !people.containsKey(r.responsible())) {
			throw new InvalidInputException("responsible", "documents.error.executor");
		}
		Set<Long> co = new LinkedHashSet<>(r.coExecutors() == null ? List.of() : r.coExecutors());
		co.remove(r.responsible());
		for (Long id : co) {
			if (id == null || !people.containsKey(id)) {
				throw new InvalidInputException("coExecutors", "documents.error.executor");
			}
		}
		String by = staff.displayName(t);
		var now = clock.instant();
		store.assign(m, d.id(), r.responsible(), people.get(r.responsible()), true, instruction, due, now, by);
		for (Long id : co) {
			store.assign(m, d.id(), id, people.get(id), false, instruction, due, now, by);
		}
		store.putOnControl(m, d.id());
		List<String> names = new ArrayList<>();
		names.add(people.get(r.responsible()));
		co.forEach(id -> names.add(people.get(id)));
		store.event(m, d.id(), now, by, "RESOLVED", instruction + " · " + String.join(", ", names) + " · " + Formats.date(due));
		audit.record(AuditRecord.created("documents_resolution", d.number(), m,
				Map.of("document", d.id(), "responsible", r.responsible(), "dueOn", due.toString())));
		return store.ofDocument(m, d.id());
	}

	/** The executor's report on their own assignment; {@code answerNumber} names an outgoing letter of the municipality. */
	@Transactional
	public Assignment report(Tenant t, long assignmentId, String report, String answerNumber) {
		long m = t.requireMunicipality();
		Assignment a = store.lockOwn(m, t.userId(), assignmentId).orElseThrow(() -> new NotFoundException("assignment"));
		if (a.done()) {
			throw new InvalidInputException("assignment", "documents.error.done");
		}
		String text = text("report", report);
		Long answerId = null;
		if (answerNumber != null && !answerNumber.isBlank()) {
			List<Long> outgoing = journals.of(m).stream().filter(j -> j.kind() == JournalKind.OUTGOING).map(Journal::id).toList();
			answerId = documents.byNumber(m, outgoing, answerNumber.strip()).map(Document::id)
				.orElseThrow(() -> new InvalidInputException("answer", "documents.error.answer"));
		}
		var now = clock.instant();
		store.done(m, a.id(), text, now);
		if (answerId != null) {
			store.answer(m, a.documentId(), answerId);
		}
		store.event(m, a.documentId(), now, staff.displayName(t), "REPORTED",
				text + (answerId == null ? "" : " · " + answerNumber.strip()));
		return store.lockOwn(m, t.userId(), assignmentId).orElseThrow();
	}

	/**
	 * The executor hands a part of their own open assignment to a colleague of the municipality, by a
	 * deadline no later than their own (their own by default).
	 */
	@Transactional
	public Assignment delegate(Tenant t, long assignmentId, Long executorId, String instruction, LocalDate dueOn) {
		long m = t.requireMunicipality();
		Assignment a = store.lockOwn(m, t.userId(), assignmentId).orElseThrow(() -> new NotFoundException("assignment"));
		if (a.done()) {
			throw new InvalidInputException("assignment", "documents.error.done");
		}
		Map<Long, String> people = staff.names(t, true);
		if (executorId == null || executorId == t.userId() || !people.containsKey(executorId)) {
			throw new InvalidInputException("executor", "documents.error.executor");
		}
		String text = text("instruction", instruction);
		LocalDate due = dueOn == null ? a.dueOn() : dueOn;
		if (due.isBefore(today()) || due.isAfter(a.dueOn())) {
			throw new InvalidInputException("dueOn", "documents.error.delegationDue");
		}
		var now = clock.instant();
		String by = staff.displayName(t);
		long id = store.delegate(m, a, executorId, people.get(executorId), text, due, now, by);
		store.event(m, a.documentId(), now, by, "DELEGATED", text + " · " + people.get(executorId) + " · " + Formats.date(due));
		return store.ofDocument(m, a.documentId()).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
	}

	/** Only the head moves a deadline, with a reason; the first deadline stays on every assignment. */
	@Transactional
	public Document extend(Tenant t, long documentId, LocalDate dueOn, String reason) {
		long m = t.requireMunicipality();
		Document d = documents.lock(m, documentId).orElseThrow(() -> new NotFoundException("document"));
		if (!d.onControl()) {
			throw new InvalidInputException("document", "documents.error.notOnControl");
		}
		LocalDate current = store.ofDocument(m, d.id()).stream().filter(a -> !a.done()).map(Assignment::dueOn).max(LocalDate::compareTo)
			.orElse(d.dueOn());
		if (dueOn == null || (current != null && !dueOn.isAfter(current))) {
			throw new InvalidInputException("dueOn", "documents.error.extension");
		}
		String why = text("reason", reason);
		store.extend(m, d.id(), dueOn);
		store.event(m, d.id(), clock.instant(), staff.displayName(t), "EXTENDED",
				(current == null ? "" : Formats.date(current) + " → ") + Formats.date(dueOn) + " · " + why);
		return documents.find(m, d.id()).orElseThrow();
	}

	@Transactional
	public Document takeOff(Tenant t, long documentId) {
		long m = t.requireMunicipality();
		Document d = documents.lock(m, documentId).orElseThrow(() -> new NotFoundException("document"));
		if (!d.onControl()) {
			throw new InvalidInputException("document", "documents.error.notOnControl");
		}
		boolean reported = store.ofDocument(m, d.id()).stream().anyMatch(a -> a.responsible() && a.done());
		if (!reported) {
			throw new InvalidInputException("document", "documents.error.notReported");
		}
		Journal journal = journals.of(m).stream().filter(j -> j.id() == d.journalId()).findFirst().orElseThrow();
		if (journal.kind() == JournalKind.APPEAL && d.answerId() == null) {
			throw new InvalidInputException("answer", "documents.error.noAnswer");
		}
		var now = clock.instant();
		String by = staff.displayName(t);
		store.takeOff(m, d.id(), now, by);
		store.event(m, d.id(), now, by, "TAKEN_OFF", null);
		audit.record(AuditRecord.updated("documents_document", d.number(), m, Map.of("onControl", true), Map.of("onControl", false)));
		return documents.find(m, d.id()).orElseThrow();
	}

	public List<Assignment> assignments(Tenant t, long documentId) {
		long m = t.requireMunicipality();
		documents.find(m, documentId).orElseThrow(() -> new NotFoundException("document"));
		return store.ofDocument(m, documentId);
	}

	public List<DocumentEvent> history(Tenant t, long documentId) {
		long m = t.requireMunicipality();
		documents.find(m, documentId).orElseThrow(() -> new NotFoundException("document"));
		return store.history(m, documentId);
	}

	/** What the user has to do, soonest first. */
	public List<Assignment> mine(Tenant t) {
		return store.open(t.requireMunicipality(), t.userId(), null, 200);
	}

	/** Everybody's open assignments due within {@code days} days (0: overdue only), soonest first. */
	public List<Assignment> due(Tenant t, int days) {
		return store.open(t.requireMunicipality(), null, today().plusDays(days), 500);
	}

	/** Execution discipline by responsible executor over a period of resolutions (at most two years). */
	public List<Discipline> discipline(Tenant t, LocalDate from, LocalDate to) {
		if (from == null) {
			throw new InvalidInputException("from", "documents.error.period");
		}
		if (to == null || to.isBefore(from) || from.plusYears(2).isBefore(to)) {
			throw new InvalidInputException("to", "documents.error.period");
		}
		return store.discipline(t.requireMunicipality(), from, to, today(), Formats.BISHKEK);
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(Formats.BISHKEK));
	}

	private static String text(String field, String value) {
		String v = value == null ? "" : value.strip();
		if (v.length() < 3) {
			throw new InvalidInputException(field, "documents.error.required");
		}
		if (v.length() > 2000) {
			throw new InvalidInputException(field, "documents.error.tooLong", 2000);
		}
		return v;
	}
}
