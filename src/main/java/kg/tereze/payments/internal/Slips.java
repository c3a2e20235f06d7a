package kg.tereze.payments.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The page of a cash slip (a receipt, a disbursement voucher) in Kyrgyz and Russian side by side: labelled
 * rows and the amount in bold, for the 80 mm receipt printer or the middle of an A4 sheet.
 */
@Component
class Slips {

	private static final Locale KY = new Locale("ky");

	private static final Locale RU = new Locale("ru");

	private final MessageSource messages;

	Slips(MessageSource messages) {
		this.messages = messages;
	}

	/** The rows of one slip. */
	final class Rows {

		private final StringBuilder html = new StringBuilder();

		Rows row(String key, String value) {
			html.append("<tr><td>").append(both(key)).append("</td><td>").append(esc(value)).append("</td></tr>");
			return this;
		}

		Rows amount(String key, String value) {
			html.append("<tr class=\"amount\"><td>").append(both(key)).append("</td><td>").append(esc(value))
				.append("</td></tr>");
			return this;
		}
	}

	Rows rows() {
		return new Rows();
	}

	/**
	 * The whole XHTML page: the title, who issues it, the rows, and a footer already in HTML.
	 * @param height80mm the slip's length on the receipt printer's roll
	 */
	String page(ReceiptPdf.Format format, String height80mm, String titleKey, String issuer, Rows rows, String footer) {
		String page = format == ReceiptPdf.Format.A4 ? "size: A4; margin: 15mm 20mm" : "size: 80mm " + height80mm + "; margin: 4mm 4mm";
		String width = format == ReceiptPdf.Format.A4 ? "110mm" : "100%";
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
				.sign { margin-top: 5mm; }
				.sign div { margin-top: 5mm; border-top: 0.5pt solid #000; padding-top: 0.5mm; font-size: 7.5pt; }
				</style></head><body><div class="sheet">
				<h1>%s</h1><div class="who">%s</div>
				<table>%s</table>
				%s
				</div></body></html>
				""".formatted(page, width, both(titleKey), esc(issuer), rows.html, footer);
	}

	/** A label in both languages: "Кассир / Кассир". */
	String both(String key) {
		return esc(messages.getMessage(key, null, KY)) + " / " + esc(messages.getMessage(key, null, RU));
	}

	static String esc(String s) {
		return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
	}
}
