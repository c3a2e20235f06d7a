package kg.tereze.payments.internal;

import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.Ledger;
import kg.tereze.ledger.PayerAccount;
import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.Municipality;
import kg.tereze.shared.Formats;
import kg.tereze.shared.LocalizedName;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.PdfRenderer;
import kg.tereze.shared.Som;
import kg.tereze.shared.Tenant;

import org.springframework.stereotype.Component;

/**
 * The cash disbursement voucher of a paid refund, in Kyrgyz and Russian, with the lines the recipient, the
 * cashier and the accountant sign: on the 80 mm receipt printer or on A4.
 */
@Component
public class RefundVoucherPdf {

	private final PdfRenderer renderer;

	private final Slips slips;

	private final Accounts accounts;

	private final Ledger ledger;

	private final Municipalities municipalities;

	private final ReceiptFacts facts;

	RefundVoucherPdf(PdfRenderer renderer, Slips slips, Accounts accounts, Ledger ledger, Municipalities municipalities,
			ReceiptFacts facts) {
		this.facts = facts;
		this.renderer = renderer;
		this.slips = slips;
		this.accounts = accounts;
		this.ledger = ledger;
		this.municipalities = municipalities;
	}

	public byte[] render(Tenant t, Refund r, ReceiptPdf.Format format) {
		if (r.status() != Refund.Status.PAID) {
			throw new NotFoundException("refund");
		}
		PayerAccount a = accounts.find(t, r.accountId()).orElseThrow(() -> new NotFoundException("refund"));
		Municipality m = municipalities.require(a.municipalityId());
		LocalizedName book = facts.keeper(a, m);
		Som after = ledger.balanceThrough(t, a, r.ledgerEntryId());
		Slips.Rows rows = slips.rows()
			.row("payments.voucher.number", r.number())
			.row("payments.voucher.paidAt", Formats.dateTime(r.paidAt()))
			.row("payments.voucher.from", book.ky() + " / " + book.ru())
			.row("payments.receipt.account", r.accountNumber())
			.row("payments.receipt.holder", r.holderName())
			.row("payments.voucher.recipient", r.recipientName())
			.row("payments.voucher.document", r.recipientDocument())
			.row("payments.voucher.basis", r.basis())
			.row("payments.voucher.reason", r.reason())
			.amount("payments.voucher.amount", Formats.money(r.amount()))
			.row(after.isNegative() ? "payments.receipt.credit" : "payments.receipt.balance",
					Formats.money(after.isNegative() ? after.negate() : after))
			.row("payments.voucher.authorisedBy", r.authorisedBy());
		String signatures = "<div class=\"sign\"><div>" + slips.both("payments.voucher.cashier") + ": " + Slips.esc(r.paidBy())
				+ "</div><div>" + slips.both("payments.voucher.accountant") + ": " + Slips.esc(r.authorisedBy()) + "</div><div>"
				+ slips.both("payments.voucher.received") + "</div></div>";
		return renderer.render(slips.page(format, "170mm", "payments.voucher.title", m.name().ky() + " / " + m.name().ru(), rows,
				signatures));
	}
}
