package kg.tereze.documents.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.identity.StaffUsers;
import kg.tereze.municipality.ReferenceNumbers;
import kg.tereze.registry.SearchKey;
import kg.tereze.shared.Formats;
import kg.tereze.shared.Idempotency;
import kg.tereze.shared.IdempotentRequest;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.LocalizedName;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.ResultPage;
import kg.tereze.shared.Tenant;
import kg.tereze.shared.WorkingDays;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration of documents: a journal's next number (gapless per year, taken inside the registering
 * transaction), the correspondent from the directory, the deadline in working days where the
 * journal's kind has a term, and the same incoming letter never registered twice.
 */
@Service
public class Documents {

	private static final Set<String> LANGUAGES = Set.of("ky", "ru", "en");

	private final JournalStore journals;

	private final DocumentStore store;

	private final ReferenceNumbers numbers;

	private final Idempotency idempotency;

	private final AuditTrail audit;

	private final StaffUsers staff;

	private final ControlStore control;

	private final Clock clock;

	Documents(JournalStore journals, DocumentStore store, ControlStore control, ReferenceNumbers numbers, Idempotency idempotency,
			AuditTrail audit, StaffUsers staff, Clock clock) {
		this.control = control;
		this.journals = journals;
		this.store = store;
		this.numbers = numbers;
		this.idempotency = idempotency;
		this.audit = audit;
		this.staff = staff;
		this.clock = clock;
	}

	public List<Journal> journals(Tenant t) {
		return journals.of(t.requireMunicipality());
	}

	/**
	 * The municipality sets each journal's names, the prefix of its numbers (the case index of its
	 * nomenclature) and its term in working days; numbers already given keep their prefix.
	 */
	@Transactional
	public Journal updateJournal(Tenant t, String code, LocalizedName name, String prefix, Integer termDays) {
		long m = t.requireMunicipality();
		Journal before = journals.find(m, code == null ? "" : code).orElseThrow(() -> new NotFoundException("journal"));
		LocalizedName checked = new LocalizedName(text("nameKy", name.ky(), 1, 200), text("nameRu", name.ru(), 1, 200),
				text("nameEn", name.en(), 1, 200));
		String p = prefix == null ? "" : prefix.strip();
		if (!p.matches("[0-9A-Za-zА-Яа-яЁёҢңӨөҮү./-]{0,20}")) {
			throw new InvalidInputException("numberPrefix", "documents.error.prefix");
		}
		if (termDays != null && (termDays < 1 || termDays > 365)) {
			throw new InvalidInputException("termDays", "documents.error.term");
		}
		journals.update(m, before.code(), checked, p, termDays);
		Journal after = journals.find(m, before.code()).orElseThrow();
		audit.record(AuditRecord.updated("documents_journal", before.id(), m, before, after));
		return after;
	}

	/** Registers a document; {@code key} (the form's or an API client's) makes a repeat answer the first. */
	@Transactional
	public Document register(Tenant t, NewDocument d, String key) {
		long m = t.requireMunicipality();
		IdempotentRequest request = IdempotentRequest.of(m, "documents.document", key, d.journal(), d.receivedOn(),
				d.correspondent() == null ? "" : d.correspondent().strip(), d.summary() == null ? "" : d.summary().strip());
		try {
			return idempotency.once(request, () -> registerOnce(t, m, d), doc -> String.valueOf(doc.id()),
					id -> store.find(m, Long.parseLong(id)).orElseThrow()).value();
		}
		catch (DuplicateKeyException e) {
			// the same letter registered by someone else at the same moment
			throw new InvalidInputException("theirNumber", "documents.error.duplicate", "");
		}
	}

	private Document registerOnce(Tenant t, long m, NewDocument d) {
		Journal journal = journals.find(m, d.journal() == null ? "" : d.journal().strip())
			.orElseThrow(() -> new InvalidInputException("journal", "documents.error.journal"));
		LocalDate today = today();
		LocalDate received = d.receivedOn();
		if (received == null || received.isAfter(today) || received.getYear() < 2000) {
			throw new InvalidInputException("receivedOn", received == null ? "documents.error.date" : "documents.error.future");
		}
		String summary = text("summary", d.summary(), 3, 2000);
		String theirNumber = optional("theirNumber", d.theirNumber(), 50);
		if (d.theirDate() != null && d.theirDate().isAfter(received)) {
			throw new InvalidInputException("theirDate", "documents.error.theirDate");
		}
		int sheets = d.sheets() == null ? 1 : d.sheets();
		if (sheets < 0 || sheets > 10_000) {
			throw new InvalidInputException("sheets", "documents.error.sheets");
		}
		if (d.channel() == null) {
			throw new InvalidInputException("channel", "documents.error.channel");
		}
		String language = d.language() == null || d.language().isBlank() ? "ky" : d.language();
		if (!LANGUAGES.contains(language)) {
			throw new InvalidInputException("language", "documents.error.language");
		}
		Long correspondentId = null;
		String correspondent = null;
		if (journal.kind().hasCorrespondent()) {
			correspondent = text("correspondent", d.correspondent(), 2, 300);
			String kind = journal.kind() == JournalKind.APPEAL || "CITIZEN".equals(d.correspondentKind()) ? "CITIZEN"
					: "ORGANISATION";
			correspondentId = store.correspondent(m, correspondent, kind);
			if (theirNumber != null) {
				store.registeredAs(m, correspondentId, theirNumber, d.theirDate()).ifPresent(number -> {
					throw new InvalidInputException("theirNumber", "documents.error.duplicate", number);
				});
			}
		}
		int year = received.getYear();
		int seq = numbers.next(m, "DOC-" + journal.code(), year).number();
		String number = journal.printed(seq);
		LocalDate due = journal.termDays() == null ? null : WorkingDays.after(received, journal.termDays());
		long id = store.insert(new DocumentStore.NewRow(m, journal.id(), year, seq, number, received, clock.instant(),
				correspondentId, theirNumber, d.theirDate(), d.channel(), language, summary, sheets,
				Boolean.TRUE.equals(d.restricted()), due, SearchKey.of(number, correspondent, theirNumber, summary), t.userId(),
				staff.displayName(t)));
		control.event(m, id, clock.instant(), staff.displayName(t), "REGISTERED", journal.name().ru() + " · " + number);
		audit.record(AuditRecord.created("documents_document", id, m,
				Map.of("journal", journal.code(), "number", number, "receivedOn", received.toString())));
		return store.find(m, id).orElseThrow();
	}

	public Document get(Tenant t, long id) {
		return store.find(t.requireMunicipality(), id).orElseThrow(() -> new NotFoundException("document"));
	}

	public ResultPage<Document> list(Tenant t, DocumentFilter f) {
		long m = t.requireMunicipality();
		Long journalId = null;
		if (f.journal() != null && !f.journal().isBlank()) {
			journalId = journals.find(m, f.journal().strip()).map(Journal::id)
				.orElseThrow(() -> new InvalidInputException("journal", "documents.error.journal"));
		}
		String key = f.text() == null || f.text().isBlank() ? null : SearchKey.of(f.text());
		if (key != null && key.isEmpty()) {
			key = null;
		}
		if (f.year() != null && (f.year() < 2000 || f.year() > today().getYear() + 1)) {
			throw new InvalidInputException("year", "documents.error.year");
		}
		int size = Math.max(1, Math.min(f.size(), DocumentFilter.MAX_SIZE));
		int page = Math.max(0, f.page());
		LocalDate overdue = f.overdueOnly() ? today() : null;
		return new ResultPage<>(store.list(m, key, journalId, f.year(), overdue, page * size, size),
				store.count(m, key, journalId, f.year(), overdue), page, size);
	}

	/** The journal's documents received in a period, oldest first: the journal's pages. */
	public List<Document> received(Tenant t, Journal journal, LocalDate from, LocalDate to, int limit) {
		return store.received(t.requireMunicipality(), journal.id(), from, to, limit);
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(Formats.BISHKEK));
	}

	private static String text(String field, String value, int min, int max) {
		String v = value == null ? "" : value.strip();
		if (v.length() < min) {
			throw new InvalidInputException(field, "documents.error.required");
		}
		if (v.length() > max) {
			throw new InvalidInputException(field, "documents.error.tooLong", max);
		}
		return v;
	}

	private static String optional(String field, String value, int max) {
		String v = value == null ? "" : value.strip();
		if (v.isEmpty()) {
			return null;
		}
		if (v.length() > max) {
			throw new InvalidInputException(field, "documents.error.tooLong", max);
		}
		return v;
	}
}
