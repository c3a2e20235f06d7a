package kg.tereze.payments.internal;

import kg.tereze.shared.Formats;
import kg.tereze.shared.PdfRenderer;
import kg.tereze.shared.Som;

import org.springframework.stereotype.Component;

/** A receipt in Kyrgyz and Russian: on an 80 mm receipt printer, or on A4 for a desk without one. */
@Component
public class ReceiptPdf {

	public enum Format { RECEIPT_80MM, A4 }

	private final PdfRenderer renderer;

	private final Slips slips;

	ReceiptPdf(PdfRenderer renderer, Slips slips) {
		this.renderer = renderer;
		this.slips = slips;
	}

	public byte[] render(Receipt r, Format format) {
		return renderer.render(xhtml(r, format));
	}

	String xhtml(Receipt r, Format format) {
		Slips.Rows rows = slips.rows()
			.row("payments.receipt.number", r.number())
			.row("payments.receipt.paidAt", Formats.dateTime(r.paidAt()))
			.row("payments.receipt.payee", r.book().ky() + " / " + r.book().ru())
			.row("payments.receipt.account", r.accountNumber())
			.row("payments.receipt.holder", r.holderName());
		if (r.address() != null) {
			rows.row("payments.receipt.address", r.address());
		}
		if (r.payerName() != null) {
			rows.row("payments.receipt.payer", r.payerName());
		}
		rows.amount("payments.receipt.amount", Formats.money(r.amount()));
		Som after = r.balanceAfter();
		rows.row(after.isNegative() ? "payments.receipt.credit" : "payments.receipt.balance", Formats.money(after.isNegative() ? after.negate() : after))
			.row("payments.receipt.cashier", r.cashierName());
		return slips.page(format, "125mm", "payments.receipt.title", r.municipality().ky() + " / " + r.municipality().ru(), rows,
				"<div class=\"thanks\">" + slips.both("payments.receipt.thanks") + "</div>");
	}
}
