package kg.tereze.payments.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kg.tereze.payments.internal.Refund;
import kg.tereze.payments.internal.Refunds;
import kg.tereze.payments.internal.ReceiptPdf;
import kg.tereze.payments.internal.RefundVoucherPdf;
import kg.tereze.shared.PdfReply;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Tenant;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Refunds of overpayments: the accountant authorises, a cashier pays out with a voucher, or the accountant cancels. */
@RestController
@RequestMapping("/api/v1/refunds")
@Tag(name = "Refunds", description = "Refunds of an account's credit: authorised by the accountant, paid out at the cash desk")
@PreAuthorize("hasAnyRole('ACCOUNTANT', 'CASHIER', 'HEAD', 'AUDITOR')")
class RefundsApi {

	record RefundRequest(String account, String amount, String reason, String basis, String recipientName) {
	}

	record PayoutRequest(String recipientDocument) {
	}

	record CancelRequest(String reason) {
	}

	record RefundView(String number, String account, String holder, String amount, String status, String reason,
			String basis, String recipientName, Instant authorisedAt, String authorisedBy, Instant paidAt, String paidBy,
			String recipientDocument, Instant cancelledAt, String cancelledBy, String cancelReason, String voucher80mm,
			String voucherA4) {

		static RefundView of(Refund r) {
			String pdf = r.status() == Refund.Status.PAID ? "/api/v1/refunds/" + r.number() + "/voucher.pdf" : null;
			return new RefundView(r.number(), r.accountNumber(), r.holderName(), CashDeskApi.som(r.amount()),
					r.status().name(), r.reason(), r.basis(), r.recipientName(), r.authorisedAt(), r.authorisedBy(),
					r.paidAt(), r.paidBy(), r.recipientDocument(), r.cancelledAt(), r.cancelledBy(), r.cancelReason(),
					pdf, pdf == null ? null : pdf + "?format=A4");
		}
	}

	private final Refunds refunds;

	private final RefundVoucherPdf voucher;

	RefundsApi(Refunds refunds, RefundVoucherPdf voucher) {
		this.refunds = refunds;
		this.voucher = voucher;
	}

	@Operation(summary = "Refunds, newest first; status AUTHORISED (waiting to be paid out), PAID or CANCELLED")
	@GetMapping
	List<RefundView> list(@RequestParam(required = false) String status) {
		return refunds.list(CurrentTenant.require(), status(status), 500).stream().map(RefundView::of).toList();
	}

	@Operation(summary = "Authorise a refund of the account's credit (ACCOUNTANT); a repeated Idempotency-Key answers the same refund")
	@PostMapping
	@PreAuthorize("hasRole('ACCOUNTANT')")
	ResponseEntity<RefundView> authorise(@RequestBody RefundRequest r,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		Refund refund = refunds.authorise(CurrentTenant.require(), new Refunds.Authorisation(r.account(),
				CashDeskApi.amount("amount", r.amount()), r.reason(), r.basis(), r.recipientName()), key);
		return ResponseEntity.status(201).body(RefundView.of(refund));
	}

	@GetMapping("/{number}")
	RefundView get(@PathVariable String number) {
		return RefundView.of(refunds.find(CurrentTenant.require(), number));
	}

	@Operation(summary = "Pay the refund out of the cashier's open shift (CASHIER): posts the REFUND entry")
	@PostMapping("/{number}/payout")
	@PreAuthorize("hasRole('CASHIER')")
	RefundView payOut(@PathVariable String number, @RequestBody PayoutRequest r) {
		return RefundView.of(refunds.payOut(CurrentTenant.require(), number, r.recipientDocument()));
	}

	@Operation(summary = "Cancel a refund that is still waiting (ACCOUNTANT), with the reason")
	@PostMapping("/{number}/cancel")
	@PreAuthorize("hasRole('ACCOUNTANT')")
	RefundView cancel(@PathVariable String number, @RequestBody CancelRequest r) {
		return RefundView.of(refunds.cancel(CurrentTenant.require(), number, r.reason()));
	}

	@Operation(summary = "The cash disbursement voucher of a paid refund: format RECEIPT_80MM (default) or A4")
	@GetMapping("/{number}/voucher.pdf")
	ResponseEntity<byte[]> voucher(@PathVariable String number, @RequestParam(required = false) ReceiptPdf.Format format) {
		Tenant t = CurrentTenant.require();
		Refund r = refunds.find(t, number);
		return pdf(r, voucher.render(t, r, format == null ? ReceiptPdf.Format.RECEIPT_80MM : format));
	}

	static ResponseEntity<byte[]> pdf(Refund r, byte[] body) {
		return PdfReply.inline(body, r.number() + ".pdf");
	}

	static Refund.Status status(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Refund.Status.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("status", "payments.refund.error.status");
		}
	}
}
