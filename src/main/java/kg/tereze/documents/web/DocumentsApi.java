package kg.tereze.documents.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kg.tereze.documents.internal.Channel;
import kg.tereze.documents.internal.Document;
import kg.tereze.documents.internal.DocumentPrints;
import kg.tereze.documents.internal.Documents;
import kg.tereze.documents.internal.Journal;
import kg.tereze.documents.internal.JournalKind;
import kg.tereze.documents.internal.NewDocument;
import kg.tereze.shared.PdfReply;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.LocalizedName;
import kg.tereze.shared.ResultPage;
import kg.tereze.shared.Tenant;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Documents", description = "Journals and the registration of letters, orders and citizens' appeals")
@PreAuthorize("hasAnyRole('RECORDS', 'CLERK', 'HEAD', 'AUDITOR')")
class DocumentsApi {

	record JournalView(String code, JournalKind kind, String nameKy, String nameRu, String nameEn, String numberPrefix,
			Integer termDays) {

		static JournalView of(Journal j) {
			return new JournalView(j.code(), j.kind(), j.name().ky(), j.name().ru(), j.name().en(), j.numberPrefix(), j.termDays());
		}
	}

	record DocumentView(long id, String journal, int year, String number, LocalDate receivedOn, String correspondent,
			String theirNumber, LocalDate theirDate, Channel channel, String language, String summary, int sheets,
			boolean restricted, LocalDate dueOn, String registeredBy, boolean onControl, java.time.Instant takenOffAt,
			Long answerId) {
	}

	private final Documents documents;

	private final DocumentPrints prints;

	DocumentsApi(Documents documents, DocumentPrints prints) {
		this.prints = prints;
		this.documents = documents;
	}

	@GetMapping("/journals")
	List<JournalView> journals() {
		return documents.journals(CurrentTenant.require()).stream().map(JournalView::of).toList();
	}

	record JournalChange(String nameKy, String nameRu, String nameEn, String numberPrefix, Integer termDays) {
	}

	@Operation(summary = "Set a journal's names, number prefix (the case index) and term in working days (ADMIN, HEAD)")
	@PutMapping("/journals/{code}")
	@PreAuthorize("hasAnyRole('ADMIN', 'HEAD')")
	JournalView updateJournal(@PathVariable String code, @RequestBody(required = false) JournalChange c) {
		JournalChange typed = c == null ? new JournalChange(null, null, null, null, null) : c;
		return JournalView.of(documents.updateJournal(CurrentTenant.require(), code,
				new LocalizedName(typed.nameKy(), typed.nameRu(), typed.nameEn()), typed.numberPrefix(), typed.termDays()));
	}

	@Operation(summary = "Register a document; the same Idempotency-Key again answers the first (200)")
	@PostMapping
	@PreAuthorize("hasAnyRole('RECORDS', 'CLERK', 'HEAD')")
	ResponseEntity<DocumentView> register(@RequestBody(required = false) NewDocument d,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		Tenant t = CurrentTenant.require();
		NewDocument typed = d == null ? new NewDocument(null, null, null, null, null, null, null, null, null, null, null) : d;
		Document doc = documents.register(t, typed, key);
		return ResponseEntity.created(URI.create("/api/v1/documents/" + doc.id())).body(view(t, doc));
	}

	@Operation(summary = "Documents, newest first: text (number, correspondent, summary; Cyrillic or Latin), journal, year, overdue")
	@GetMapping
	ResultPage<DocumentView> list(@RequestParam Map<String, String> query) {
		Tenant t = CurrentTenant.require();
		ResultPage<Document> page = documents.list(t, DocumentsController.filter(query, Math.min(200,
				query.get("size") == null ? 50 : Math.max(1, parseSize(query.get("size"))))));
		return new ResultPage<>(page.items().stream().map(d -> view(t, d)).toList(), page.total(), page.page(), page.size());
	}

	@Operation(summary = "The registration and control card as an A4 PDF, in Kyrgyz and Russian")
	@GetMapping("/{id}/card.pdf")
	ResponseEntity<byte[]> card(@PathVariable long id) {
		return PdfReply.inline(prints.card(CurrentTenant.require(), id), "card-" + id + ".pdf");
	}

	@Operation(summary = "A journal's documents received in a period as A4 landscape pages: journal, from, to")
	@GetMapping("/journal.pdf")
	ResponseEntity<byte[]> journal(@RequestParam(required = false) String journal, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to) {
		return PdfReply.inline(prints.journal(CurrentTenant.require(), journal, from, to), "journal-" + journal + ".pdf");
	}

	@GetMapping("/{id}")
	DocumentView get(@PathVariable long id) {
		Tenant t = CurrentTenant.require();
		return view(t, documents.get(t, id));
	}

	private DocumentView view(Tenant t, Document d) {
		String journal = documents.journals(t).stream().filter(j -> j.id() == d.journalId()).map(Journal::code).findFirst()
			.orElse("");
		return new DocumentView(d.id(), journal, d.year(), d.number(), d.receivedOn(), d.correspondent(), d.theirNumber(),
				d.theirDate(), d.channel(), d.language(), d.summary(), d.sheets(), d.restricted(), d.dueOn(), d.registeredByName(),
				d.onControl(), d.takenOffAt(), d.answerId());
	}

	private static int parseSize(String text) {
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException e) {
			return 50;
		}
	}
}
