package kg.tereze.payments.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kg.tereze.payments.internal.CashDesk;
import kg.tereze.payments.internal.Receipt;
import kg.tereze.payments.internal.Shift;
import kg.tereze.payments.internal.ReceiptPdf;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.Som;
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

/** The cash desk for a tablet or a desk application: shift, cash payments with receipts, close with a count. */
@RestController
@RequestMapping("/api/v1/cash")
@Tag(name = "Cash desk", description = "Cashier shifts, cash payments with numbered receipts (80 mm or A4 PDF)")
@PreAuthorize("hasAnyRole('CASHIER', 'CONTROLLER')")
class CashDeskApi {

	record OpenShift(String openingFloat) {
	}

	record CloseShift(String counted, String note) {
	}

	record PaymentRequest(String account, String amount, String payerName) {
	}

	record ShiftView(long id, String cashier, Instant openedAt, String openingFloat, int payments, String taken,
			String paidOut, String inDrawer, Instant closedAt, String expected, String counted, String difference, String note) {

		static ShiftView of(Shift s) {
			return new ShiftView(s.id(), s.cashierName(), s.openedAt(), som(s.openingFloat()), s.payments(),
					som(s.taken()), som(s.paidOut()), som(s.inDrawer()), s.closedAt(), som(s.expected()), som(s.counted()),
					som(s.difference()), s.closeNote());
		}
	}

	record ReceiptView(String number, Instant paidAt, String account, String holder, String amount,
			String balanceAfter, String payerName, String cashier, String pdf80mm, String pdfA4) {

		static ReceiptView of(Receipt r) {
			String base = "/api/v1/cash/receipts/" + r.number() + "/pdf";
			return new ReceiptView(r.number(), r.paidAt(), r.accountNumber(), r.holderName(), som(r.amount()),
					som(r.balanceAfter()), r.payerName(), r.cashierName(), base, base + "?format=A4");
		}
	}

	private final CashDesk desk;

	private final ReceiptPdf pdf;

	CashDeskApi(CashDesk desk, ReceiptPdf pdf) {
		this.desk = desk;
		this.pdf = pdf;
	}

	@Operation(summary = "Open a shift with the cash already in the drawer")
	@PostMapping("/shifts")
	ResponseEntity<ShiftView> open(@RequestBody OpenShift r) {
		return ResponseEntity.status(201).body(ShiftView.of(desk.openShift(CurrentTenant.require(), amount("openingFloat", r.openingFloat()))));
	}

	@GetMapping("/shifts/current")
	ShiftView current() {
		return ShiftView.of(desk.currentShift(CurrentTenant.require()).orElseThrow(() -> new NotFoundException("shift")));
	}

	@Operation(summary = "Close the shift with the counted cash; a difference needs a note")
	@PostMapping("/shifts/current/close")
	ShiftView close(@RequestBody CloseShift r) {
		return ShiftView.of(desk.closeShift(CurrentTenant.require(), amount("counted", r.counted()), r.note()));
	}

	@Operation(summary = "Take cash for an account; Idempotency-Key is required and a repeat returns the same receipt")
	@PostMapping("/payments")
	ResponseEntity<ReceiptView> pay(@RequestBody PaymentRequest r,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		Receipt receipt = desk.take(CurrentTenant.require(), r.account(), amount("amount", r.amount()), r.payerName(), key);
		return ResponseEntity.status(receipt.replayed() ? 200 : 201).body(ReceiptView.of(receipt));
	}

	@GetMapping("/receipts/{number}")
	ReceiptView receipt(@PathVariable String number) {
		return ReceiptView.of(desk.receipt(CurrentTenant.require(), number));
	}

	@Operation(summary = "The receipt as PDF: format RECEIPT_80MM (default) or A4")
	@GetMapping("/receipts/{number}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String number, @RequestParam(required = false) ReceiptPdf.Format format) {
		Tenant t = CurrentTenant.require();
		Receipt r = desk.receipt(t, number);
		return CashDeskController.pdfResponse(r, pdf.render(r, format == null ? ReceiptPdf.Format.RECEIPT_80MM : format));
	}

	@GetMapping("/shifts/current/receipts")
	List<ReceiptView> receipts() {
		Tenant t = CurrentTenant.require();
		return desk.receiptsOf(t, desk.currentShift(t).orElseThrow(() -> new NotFoundException("shift")), 1000).stream()
			.map(ReceiptView::of).toList();
	}

	static Som amount(String field, String text) {
		return Som.parseInput(field, text, "payments.error.amountFormat");
	}

	static String som(Som s) {
		return s == null ? null : s.toBigDecimal().toPlainString();
	}
}
