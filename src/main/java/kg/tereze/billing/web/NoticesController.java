package kg.tereze.billing.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.billing.internal.Catalog;
import kg.tereze.billing.internal.NoticeBatch;
import kg.tereze.billing.internal.Route;
import kg.tereze.billing.internal.Routes;
import kg.tereze.billing.internal.NoticeBatches;
import kg.tereze.billing.internal.NoticeFormat;
import kg.tereze.billing.internal.Notices;
import kg.tereze.billing.internal.NoticePdf;
import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.Book;
import kg.tereze.ledger.BookPicker;
import kg.tereze.ledger.PayerAccount;
import kg.tereze.shared.PdfReply;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.FormFields;
import kg.tereze.shared.Formats;
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
import org.springframework.web.bind.annotation.RequestParam;

/** Monthly notices: one account's on the spot, or a village's printed in bulk in the background. */
@Controller
@PreAuthorize("hasAnyRole('ACCOUNTANT', 'CASHIER', 'CONTROLLER', 'HEAD', 'AUDITOR')")
class NoticesController {

	private final Routes routes;

	private final Notices notices;

	private final NoticeBatches batches;

	private final NoticePdf pdf;

	private final Accounts accounts;

	private final Catalog catalog;

	private final VillageNames villageNames;

	private final MessageSource messages;

	private final Clock clock;

	private final BookPicker picker;

	NoticesController(BookPicker picker, Notices notices, NoticeBatches batches, NoticePdf pdf, Accounts accounts, Catalog catalog,
			VillageNames villageNames, MessageSource messages, Clock clock, Routes routes) {
		this.picker = picker;
		this.routes = routes;
		this.notices = notices;
		this.batches = batches;
		this.pdf = pdf;
		this.accounts = accounts;
		this.catalog = catalog;
		this.villageNames = villageNames;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/billing/accounts/{number:[0-9 -]+}/notice")
	ResponseEntity<byte[]> one(@PathVariable String number, @RequestParam Map<String, String> form) {
		Tenant t = CurrentTenant.require();
		PayerAccount a = accounts.require(t, number);
		YearMonth month = FormFields.month(form, "month");
		NoticeFormat format = FormFields.choice(form, "format", NoticeFormat.class);
		byte[] bytes = pdf.render(List.of(notices.of(t, a, month)), format == null ? NoticeFormat.A4 : format);
		return PdfReply.inline(bytes, "notice-" + a.number().value() + "-" + month + ".pdf");
	}

	@GetMapping("/billing/notices")
	@PreAuthorize("hasAnyRole('ACCOUNTANT', 'CONTROLLER', 'HEAD', 'AUDITOR')")
	String list(@RequestParam(required = false) Long book, Model model, Locale locale) {
		Tenant t = CurrentTenant.require();
		Book b = picker.pick(t, book, model, locale);
		model.addAttribute("villages", villageNames.villages(b.municipalityId(), locale));
		model.addAttribute("routes", routes.list(t).stream().filter(r -> r.bookId() == b.id())
			.collect(java.util.stream.Collectors.toMap(Route::id, Route::name, (x, y) -> x, java.util.LinkedHashMap::new)));
		model.addAttribute("batches", batches.recent(t, b.id()));
		if (!model.containsAttribute("typed")) {
			Map<String, String> typed = new HashMap<>();
			typed.put("month", YearMonth.now(clock.withZone(Formats.BISHKEK)).minusMonths(1).toString());
			typed.put("format", NoticeFormat.A4.name());
			model.addAttribute("typed", typed);
		}
		return "billing/notices";
	}

	@PostMapping("/billing/notices")
	@PreAuthorize("hasAnyRole('ACCOUNTANT', 'CONTROLLER')")
	String start(@RequestParam Map<String, String> form, Model model, HttpServletResponse response, Locale locale) {
		Tenant t = CurrentTenant.require();
		Long book = FormFields.number(form, "book");
		try {
			NoticeBatch b = batches.start(t, catalog.book(t, book).id(), FormFields.month(form, "month"),
					FormFields.number(form, "village"), FormFields.number(form, "route"),
					FormFields.choice(form, "format", NoticeFormat.class));
			return "redirect:/billing/notices/" + b.id();
		}
		catch (InvalidInputException e) {
			kg.tereze.shared.FormErrors.show("notices-form", e, form, model, response, messages, locale);
			return list(book, model, locale);
		}
	}

	@GetMapping("/billing/notices/{id}")
	@PreAuthorize("hasAnyRole('ACCOUNTANT', 'CONTROLLER', 'HEAD', 'AUDITOR')")
	String batch(@PathVariable UUID id, Model model, Locale locale) {
		Tenant t = CurrentTenant.require();
		NoticeBatch b = batches.status(t, id);
		model.addAttribute("batch", b);
		model.addAttribute("villageName", b.villageId() == null ? null
				: villageNames.villages(t.requireMunicipality(), locale).get(b.villageId()));
		return "billing/notice-batch";
	}

	@GetMapping("/billing/notices/{id}/pdf")
	@PreAuthorize("hasAnyRole('ACCOUNTANT', 'CONTROLLER', 'HEAD', 'AUDITOR')")
	ResponseEntity<byte[]> download(@PathVariable UUID id) {
		Tenant t = CurrentTenant.require();
		NoticeBatch b = batches.status(t, id);
		return PdfReply.inline(batches.pdf(t, id), "notices-" + b.month() + (b.villageId() == null ? "" : "-" + b.villageId()) + ".pdf");
	}

}
