package kg.tereze.documents.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.documents.internal.Channel;
import kg.tereze.documents.internal.DocumentPrints;
import kg.tereze.documents.internal.Document;
import kg.tereze.documents.internal.DocumentFilter;
import kg.tereze.documents.internal.Documents;
import kg.tereze.documents.internal.Journal;
import kg.tereze.documents.internal.NewDocument;
import kg.tereze.shared.PdfReply;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.FormErrors;
import kg.tereze.shared.FormFields;
import kg.tereze.shared.Formats;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.LocalizedName;
import kg.tereze.shared.ResultPage;
import kg.tereze.shared.Tenant;
import kg.tereze.shared.Xlsx;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The journals' list with one search box, the registration form, and a document's card. */
@Controller
@RequestMapping("/documents")
@PreAuthorize("hasAnyRole('RECORDS', 'CLERK', 'HEAD', 'AUDITOR')")
class DocumentsController {

	private final Documents documents;

	private final MessageSource messages;

	private final CardPage card;

	private final DocumentPrints prints;

	DocumentsController(Documents documents, CardPage card, DocumentPrints prints, MessageSource messages) {
		this.prints = prints;
		this.card = card;
		this.documents = documents;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam Map<String, String> query, Model model, HttpServletResponse response, Locale locale) {
		Tenant t = CurrentTenant.require();
		page(t, model);
		model.addAttribute("q", query);
		FormErrors.listOrShow("documents-filter", query, () -> documents.list(t, filter(query, 50)), model, response, messages,
				locale);
		return "documents/list";
	}

	@GetMapping("/export.xlsx")
	void export(@RequestParam Map<String, String> query, HttpServletResponse response, Locale locale) throws IOException {
		Tenant t = CurrentTenant.require();
		Map<Long, Journal> journals = byId(documents.journals(t));
		List<Document> rows = ResultPage.gather(p -> documents.list(t, withPage(filter(query, DocumentFilter.MAX_SIZE), p)), 50);
		List<String> headers = List.of(msg("documents.number", locale), msg("documents.journal", locale),
				msg("documents.receivedOn", locale), msg("documents.correspondent", locale), msg("documents.theirNumber", locale),
				msg("documents.summary", locale), msg("documents.dueOn", locale));
		Xlsx.write(Xlsx.attachment(response, "documents.xlsx"), "documents", headers, rows, d -> List.of(d.number(),
				journals.get(d.journalId()).name().in(locale), Formats.date(d.receivedOn()),
				d.correspondent() == null ? "" : d.correspondent(), d.theirNumber() == null ? "" : d.theirNumber(), d.summary(),
				d.dueOn() == null ? "" : Formats.date(d.dueOn())));
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('RECORDS', 'CLERK', 'HEAD')")
	String register(@RequestParam Map<String, String> form, Model model, HttpServletResponse response, Locale locale) {
		Tenant t = CurrentTenant.require();
		try {
			Document d = documents.register(t, new NewDocument(form.get("journal"), FormFields.date(form, "receivedOn"),
					form.get("correspondent"), form.get("correspondentKind"), form.get("theirNumber"),
					FormFields.date(form, "theirDate"), FormFields.choice(form, "channel", Channel.class), form.get("language"),
					form.get("summary"), FormFields.number(form, "sheets") == null ? null : FormFields.number(form, "sheets").intValue(),
					"true".equals(form.get("restricted"))), form.get("key"));
			return "redirect:/documents/" + d.id() + "?registered";
		}
		catch (InvalidInputException e) {
			FormErrors.show("document-form", e, form, model, response, messages, locale);
			page(t, model);
			model.addAttribute("q", Map.of());
			model.addAttribute("result", documents.list(t, filter(Map.of(), 50)));
			model.addAttribute("formKey", form.getOrDefault("key", UUID.randomUUID().toString()));
			return "documents/list";
		}
	}

	/** The journals' settings: names, the prefix of numbers (the case index) and the term. */
	@GetMapping("/journals")
	@PreAuthorize("hasAnyRole('ADMIN', 'HEAD')")
	String journals(Model model) {
		model.addAttribute("journals", documents.journals(CurrentTenant.require()));
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of());
		}
		return "documents/journals";
	}

	@PostMapping("/journals/{code}")
	@PreAuthorize("hasAnyRole('ADMIN', 'HEAD')")
	String updateJournal(@PathVariable String code, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		try {
			Long term = FormFields.number(form, "termDays");
			documents.updateJournal(CurrentTenant.require(), code, new LocalizedName(form.get("nameKy"), form.get("nameRu"),
					form.get("nameEn")), form.get("numberPrefix"), term == null ? null : term.intValue());
		}
		catch (InvalidInputException e) {
			FormErrors.show("journal-" + code, e, form, model, response, messages, locale);
			return journals(model);
		}
		redirect.addFlashAttribute("notice", "web.common.saved");
		return "redirect:/documents/journals";
	}

	@GetMapping("/{id}/card.pdf")
	ResponseEntity<byte[]> cardPdf(@PathVariable long id) {
		return PdfReply.inline(prints.card(CurrentTenant.require(), id), "card-" + id + ".pdf");
	}

	@GetMapping("/journal.pdf")
	ResponseEntity<byte[]> journalPdf(@RequestParam(required = false) String journal,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
		return PdfReply.inline(prints.journal(CurrentTenant.require(), journal, from, to), "journal-" + journal + ".pdf");
	}


	@GetMapping("/{id}")
	String card(@PathVariable long id, Model model) {
		return card.show(CurrentTenant.require(), id, model);
	}

	private void page(Tenant t, Model model) {
		List<Journal> journals = documents.journals(t);
		model.addAttribute("journals", journals);
		model.addAttribute("journalById", byId(journals));
		model.addAttribute("channels", Channel.values());
		model.addAttribute("today", documents.today());
		if (!model.containsAttribute("formKey")) {
			model.addAttribute("formKey", UUID.randomUUID().toString());
		}
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", new HashMap<String, String>());
		}
	}

	static DocumentFilter filter(Map<String, String> q, int size) {
		Long year = FormFields.number(q, "year");
		return new DocumentFilter(q.get("text"), q.get("journal"), year == null ? null : year.intValue(),
				"true".equals(q.get("overdue")), FormFields.number(q, "page") == null ? 0 : FormFields.number(q, "page").intValue(),
				size);
	}

	private static DocumentFilter withPage(DocumentFilter f, int page) {
		return new DocumentFilter(f.text(), f.journal(), f.year(), f.overdueOnly(), page, f.size());
	}

	private static Map<Long, Journal> byId(List<Journal> journals) {
		return journals.stream().collect(Collectors.toMap(Journal::id, Function.identity()));
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
