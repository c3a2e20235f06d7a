package kg.tereze.billing.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kg.tereze.billing.internal.Notice;
import kg.tereze.billing.internal.NoticeBatch;
import kg.tereze.billing.internal.NoticeBatches;
import kg.tereze.billing.internal.NoticeFormat;
import kg.tereze.billing.internal.Notices;
import kg.tereze.billing.internal.NoticePdf;
import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.PayerAccount;
import kg.tereze.shared.PdfReply;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.Som;
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

/** Monthly notices: an account's figures or PDF, and batches printed for a village. Amounts in som as text. */
@RestController
@RequestMapping("/api/v1/billing")
@Tag(name = "Notices", description = "Monthly notices (bills) of accounts, one by one or in bulk for a village")
@PreAuthorize("hasAnyRole('ACCOUNTANT', 'CASHIER', 'CONTROLLER', 'HEAD', 'AUDITOR')")
class NoticesApi {

	record LineView(String service, BigDecimal quantity, String amount) {
	}

	record NoticeView(String account, String holder, String month, String broughtForward, List<LineView> charges,
			String paid, String corrected, String balance, String due, LocalDate dueOn, String qr) {

		static NoticeView of(Notice n) {
			return new NoticeView(n.account().number().value(), n.account().holderName(), n.month().toString(),
					som(n.broughtForward()),
					n.charges().stream().map(l -> new LineView(l.serviceCode(), l.quantity(), som(l.amount()))).toList(),
					som(n.paid()), som(n.corrected()), som(n.balance()), som(n.due()), n.dueOn(), n.qrText());
		}
	}

	record BatchRequest(String month, Long villageId, Long routeId, NoticeFormat format) {
	}

	record BatchView(UUID id, long bookId, String month, Long villageId, Long routeId, NoticeFormat format, String status,
			int done, int total, String pdfUrl, String error) {

		static BatchView of(NoticeBatch b) {
			return new BatchView(b.id(), b.bookId(), b.month().toString(), b.villageId(), b.routeId(), b.format(),
					b.status().name(),
					b.done(), b.total(), b.status().name().equals("DONE") ? "/api/v1/billing/notices/" + b.id() + "/pdf" : null,
					b.errorKey());
		}
	}

	private final Notices notices;

	private final NoticeBatches batches;

	private final NoticePdf pdf;

	private final Accounts accounts;

	NoticesApi(Notices notices, NoticeBatches batches, NoticePdf pdf, Accounts accounts) {
		this.notices = notices;
		this.batches = batches;
		this.pdf = pdf;
		this.accounts = accounts;
	}

	@GetMapping("/accounts/{number}/notices/{month}")
	@Operation(summary = "An account's notice of a month (YYYY-MM) as figures")
	NoticeView notice(@PathVariable String number, @PathVariable String month) {
		Tenant t = CurrentTenant.require();
		return NoticeView.of(notices.of(t, accounts.require(t, number), BillingApi.month(month)));
	}

	@GetMapping("/accounts/{number}/notices/{month}/pdf")
	@Operation(summary = "An account's notice of a month as PDF (format A4 or RECEIPT_80MM)")
	ResponseEntity<byte[]> noticePdf(@PathVariable String number, @PathVariable String month,
			@RequestParam(defaultValue = "A4") NoticeFormat format) {
		Tenant t = CurrentTenant.require();
		PayerAccount a = accounts.require(t, number);
		return PdfReply.inline(pdf.render(List.of(notices.of(t, a, BillingApi.month(month))), format),
				"notice-" + a.number().value() + "-" + month + ".pdf");
	}

	@PostMapping("/books/{bookId}/notices")
	@PreAuthorize("hasAnyRole('ACCOUNTANT', 'CONTROLLER')")
	@Operation(summary = "Prepares the notices of a month for a village, a route (in walking order) or the whole book, in the background")
	ResponseEntity<BatchView> start(@PathVariable long bookId, @RequestBody(required = false) BatchRequest r) {
		Tenant t = CurrentTenant.require();
		BatchRequest req = r == null ? new BatchRequest(null, null, null, null) : r;
		NoticeBatch b = batches.start(t, bookId, BillingApi.month(req.month()), req.villageId(), req.routeId(),
				req.format() == null ? NoticeFormat.A4 : req.format());
		return ResponseEntity.accepted().location(URI.create("/api/v1/billing/notices/" + b.id())).body(BatchView.of(b));
	}

	@GetMapping("/notices/{id}")
	@PreAuthorize("hasAnyRole('ACCOUNTANT', 'CONTROLLER', 'HEAD', 'AUDITOR')")
	BatchView batch(@PathVariable UUID id) {
		return BatchView.of(batches.status(CurrentTenant.require(), id));
	}

	@GetMapping("/notices/{id}/pdf")
	@PreAuthorize("hasAnyRole('ACCOUNTANT', 'CONTROLLER', 'HEAD', 'AUDITOR')")
	ResponseEntity<byte[]> batchPdf(@PathVariable UUID id) {
		Tenant t = CurrentTenant.require();
		NoticeBatch b = batches.status(t, id);
		return PdfReply.inline(batches.pdf(t, id), "notices-" + b.month() + ".pdf");
	}

	private static String som(Som s) {
		return s.toBigDecimal().toPlainString();
	}
}
