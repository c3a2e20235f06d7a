package kg.tereze.payments.internal;

import java.util.Locale;

import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.Ledger;
import kg.tereze.ledger.PayerAccount;
import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.Municipality;
import kg.tereze.payments.Refund;
import kg.tereze.shared.Formats;
import kg.tereze.shared.LocalizedName;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.PdfRenderer;
import kg.tereze.shared.Som;
import kg.tereze.shared.Tenant;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The cash disbursement voucher of a paid refund, in Kyrgyz and Russian, with the lines the recipient, the
 * cashier and the accountant sign: on the 80 mm receipt printer or on A4.
 */
@Component
public class RefundVoucherPdf {

	private static final Locale KY = new Locale("ky");

	private static final Locale RU = new Locale("ru");

	private final PdfRenderer renderer;

	private final MessageSource messages;

	private final Accounts accounts;

	private final Ledger ledger;

	private final Municipalities municipalities;

	RefundVoucherPdf(PdfRenderer renderer, MessageSource messages, Accounts accounts, Ledger ledger,
			Municipalities municipalities) {
		this.renderer = renderer;
		this.messages = messages;
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
		LocalizedName book = a.enterpriseId() == null ? m.name()
				: municipalities.enterprise(a.enterpriseId()).orElseThrow().name();
		Som after = ledger.balanceThrough(t, a, r.ledgerEntryId());
		StringBuilder rows = new StringBuilder();
		row(rows, "voucher.number", r.number());
		row(rows, "voucher.paidAt", Formats.dateTime(r.paidAt()));
		row(rows, "voucher.from", book.ky() + " / " + book.ru());
		row(rows, "receipt.account", r.accountNumber());
		row(rows, "receipt.holder", r.holderName());
		row(rows, "voucher.recipient", r.recipientName());
		row(rows, "voucher.document", r.recipientDocument());
		row(rows, "voucher.basis", r.basis());
		row(rows, "voucher.reason", r.reason());
		rows.append("<tr class=\"amount\"><td>").append(both("voucher.amount")).append("</td><td>")
			.append(esc(Formats.money(r.amount()))).append("</td></tr>");
		row(rows, after.isNegative() ? "receipt.credit" : "receipt.balance",
				Formats.money(after.isNegative() ? after.negate() : after));
		row(rows, "voucher.authorisedBy", r.authorisedBy());
		String page = format == ReceiptPdf.Format.A4 ? "size: A4; margin: 15mm 20mm" : "size: 80mm 170mm; margin: 4mm 4mm";
		String width = format == ReceiptPdf.Format.A4 ? "110mm" : "100%";
		return renderer.render("""
				<?xml version="1.0" encoding="UTF-8"?>
				<html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"/><style>
				@page { %s }
				body { font-family: 'Liberation Sans'; font-size: 8.5pt; color: #000; }
				.sheet { width: %s; }
				h1 { font-size: 10pt; text-align: center; margin: 0 0 1mm 0; }
				.who { text-align: center; font-size: 8pt; margin-bottom: 2mm; }
				table { width: 100%%; border-collapse: collapse; }
				td { padding: 0.6mm 0; vertical-align: top; border-bottom: 0.3pt dashed #888; }
				td + td { text-align: right; font-weight: bold; }
				tr.amount td { font-size: 11pt; border-bottom: 0.8pt solid #000; }
				.sign { margin-top: 5mm; }
				.sign div { margin-top: 5mm; border-top: 0.5pt solid #000; padding-top: 0.5mm; font-size: 7.5pt; }
				</style></head><body><div class="sheet">
				<h1>%s</h1><div class="who">%s</div>
				<table>%s</table>
				<div class="sign"><div>%s: %s</div><div>%s: %s</div><div>%s</div></div>
				</div></body></html>
				""".formatted(page, width, both("voucher.title"), esc(m.name().ky() + " / " + m.name().ru()), rows,
				both("voucher.cashier"), esc(r.paidBy()), both("voucher.accountant"), esc(r.authorisedBy()),
				both("voucher.received")));
	}

	private void row(StringBuilder rows, String key, String value) {
		rows.append("<tr><td>").append(both(key)).append("</td><td>").append(esc(value)).append("</td></tr>");
	}

	private String both(String key) {
		return esc(messages.getMessage(key, null, KY)) + " / " + esc(messages.getMessage(key, null, RU));
	}

	private static String esc(String s) {
		return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
	}
}
