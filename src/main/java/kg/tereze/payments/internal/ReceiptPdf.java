package kg.tereze.payments.internal;

import java.util.Locale;

import kg.tereze.payments.Receipt;
import kg.tereze.shared.Formats;
import kg.tereze.shared.PdfRenderer;
import kg.tereze.shared.Som;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** A receipt in Kyrgyz and Russian: on an 80 mm receipt printer, or on A4 for a desk without one. */
@Component
public class ReceiptPdf {

	public enum Format { RECEIPT_80MM, A4 }

	private static final Locale KY = new Locale("ky");

	private static final Locale RU = new Locale("ru");

	private final PdfRenderer renderer;

	private final MessageSource messages;

	ReceiptPdf(PdfRenderer renderer, MessageSource messages) {
		this.renderer = renderer;
		this.messages = messages;
	}

	public byte[] render(Receipt r, Format format) {
		return renderer.render(xhtml(r, format));
	}

	String xhtml(Receipt r, Format format) {
		String page = format == Format.A4 ? "size: A4; margin: 15mm 20mm" : "size: 80mm 125mm; margin: 4mm 4mm";
		String width = format == Format.A4 ? "100mm" : "100%";
		StringBuilder rows = new StringBuilder();
		row(rows, "receipt.number", r.number());
		row(rows, "receipt.paidAt", Formats.dateTime(r.paidAt()));
		row(rows, "receipt.payee", r.book().ky() + " / " + r.book().ru());
		row(rows, "receipt.account", r.accountNumber());
		row(rows, "receipt.holder", r.holderName());
		if (r.address() != null) {
			row(rows, "receipt.address", r.address());
		}
		if (r.payerName() != null) {
			row(rows, "receipt.payer", r.payerName());
		}
		rows.append("<tr class=\"amount\"><td>").append(both("receipt.amount")).append("</td><td>")
			.append(esc(Formats.money(r.amount()))).append("</td></tr>");
		Som after = r.balanceAfter();
		row(rows, after.isNegative() ? "receipt.credit" : "receipt.balance",
				Formats.money(after.isNegative() ? after.negate() : after));
		row(rows, "receipt.cashier", r.cashierName());
		return """
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
				.thanks { text-align: center; margin-top: 3mm; font-size: 8pt; }
				</style></head><body><div class="sheet">
				<h1>%s</h1><div class="who">%s</div>
				<table>%s</table>
				<div class="thanks">%s</div>
				</div></body></html>
				""".formatted(page, width, both("receipt.title"), esc(r.municipality().ky() + " / " + r.municipality().ru()),
				rows, both("receipt.thanks"));
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
