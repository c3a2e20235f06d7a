package kg.tereze.billing.internal;

import java.util.List;
import java.util.Locale;

import kg.tereze.billing.Basis;
import kg.tereze.shared.Formats;
import kg.tereze.shared.PdfRenderer;
import kg.tereze.shared.QrCodes;
import kg.tereze.shared.Som;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Notices in Kyrgyz and Russian as PDF: three to an A4 sheet with a line to cut along, or one per slip
 * of an 80 mm receipt printer. Each carries a QR code of the account and the amount due.
 */
@Component
public class NoticePdf {

	private static final Locale KY = new Locale("ky");

	private static final Locale RU = new Locale("ru");

	private static final String STYLE = """
			body { font-family: 'Liberation Sans'; font-size: 8pt; color: #000; margin: 0; }
			.notice { page-break-inside: avoid; }
			h1 { font-size: 10pt; margin: 0 0 1mm 0; }
			.who { font-size: 8pt; margin-bottom: 1.5mm; }
			table { width: 100%; border-collapse: collapse; }
			td { padding: 0.5mm 0; vertical-align: top; border-bottom: 0.3pt dashed #999; }
			td.sum { text-align: right; white-space: nowrap; }
			tr.due td { font-size: 10.5pt; font-weight: bold; border-bottom: 0.8pt solid #000; }
			.small { font-size: 7pt; color: #333; }
			.qr { display: block; width: 28mm; height: 28mm; margin: 0 auto; }
			""";

	private final PdfRenderer renderer;

	private final MessageSource messages;

	NoticePdf(PdfRenderer renderer, MessageSource messages) {
		this.renderer = renderer;
		this.messages = messages;
	}

	public byte[] render(List<Notice> notices, NoticeFormat format) {
		return renderer.render(xhtml(notices, format));
	}

	String xhtml(List<Notice> notices, NoticeFormat format) {
		boolean a4 = format == NoticeFormat.A4;
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < notices.size(); i++) {
			boolean last = i == notices.size() - 1;
			String cls = a4 ? "notice a4" + (i % 3 == 2 && !last ? " pagebreak" : "") + (i % 3 == 2 || last ? " last" : "")
					: "notice slip" + (last ? " last" : "");
			body.append("<div class=\"").append(cls).append("\">").append(a4 ? wide(notices.get(i)) : narrow(notices.get(i)))
				.append("</div>");
		}
		String page = a4 ? """
				@page { size: A4; margin: 8mm 12mm; }
				.a4 { height: 89mm; border-bottom: 0.6pt dashed #666; margin-bottom: 3mm; padding-top: 1mm; }
				.a4.last { border-bottom: none; }
				.a4.pagebreak { page-break-after: always; }
				td.qrcell { width: 34mm; text-align: center; border: none; }
				""" : """
				@page { size: 80mm 150mm; margin: 4mm; }
				.slip { page-break-after: always; }
				.slip.last { page-break-after: auto; }
				.qrbox { text-align: center; margin-top: 2mm; }
				""";
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"/><style>%s%s</style></head>
				<body>%s</body></html>""".formatted(STYLE, page, body);
	}

	/** A4: the figures on the left, the QR code and how to pay on the right. */
	private String wide(Notice n) {
		return "<table><tr><td>" + head(n) + figures(n) + "</td><td class=\"qrcell\">"
				+ qr(n) + "<div class=\"small\">" + both("billing.notice.scan") + "</div></td></tr></table>";
	}

	private String narrow(Notice n) {
		return head(n) + figures(n) + "<div class=\"qrbox\">" + qr(n) + "<div class=\"small\">" + both("billing.notice.scan")
				+ "</div></div>";
	}

	private String head(Notice n) {
		String month = Formats.month(n.month(), KY) + " / " + Formats.month(n.month(), RU);
		StringBuilder s = new StringBuilder();
		s.append("<h1>").append(both("billing.notice.title")).append(" · ").append(esc(month)).append("</h1>")
			.append("<div class=\"who\">").append(esc(n.payee().ky() + " / " + n.payee().ru())).append("</div>")
			.append("<table>");
		row(s, "billing.notice.account", "<b>" + esc(n.account().number().value()) + "</b>");
		row(s, "billing.notice.holder", esc(n.account().holderName()));
		String where = java.util.stream.Stream.of(n.village() == null ? null : n.village().ky(), n.account().address())
			.filter(x -> x != null && !x.isBlank()).collect(java.util.stream.Collectors.joining(", "));
		if (!where.isEmpty()) {
			row(s, "billing.notice.address", esc(where));
		}
		return s.append("</table>").toString();
	}

	private String figures(Notice n) {
		StringBuilder s = new StringBuilder("<table>");
		row(s, "billing.notice.broughtForward", money(n.broughtForward()));
		for (Notice.Line l : n.charges()) {
			String what = esc(l.service().ky() + " / " + l.service().ru());
			if (l.quantity() != null && l.basis() != null && l.basis() != Basis.FLAT && l.basis() != Basis.ONE_OFF) {
				what += " <span class=\"small\">(" + esc(Formats.quantity(l.quantity())) + " " + both("billing.notice.unit." + l.basis())
						+ ")</span>";
			}
			s.append("<tr><td>").append(what).append("</td><td class=\"sum\">").append(money(l.amount())).append("</td></tr>");
		}
		if (n.paid().tyiyn() != 0) {
			row(s, "billing.notice.paid", money(n.paid().negate()));
		}
		if (n.corrected().tyiyn() != 0) {
			row(s, "billing.notice.corrected", money(n.corrected()));
		}
		if (n.balance().isNegative()) {
			row(s, "billing.notice.credit", money(n.balance().negate()));
		}
		s.append("<tr class=\"due\"><td>").append(both("billing.notice.due")).append("</td><td class=\"sum\">").append(money(n.due()))
			.append("</td></tr>");
		row(s, "billing.notice.dueOn", esc(Formats.date(n.dueOn())));
		return s.append("</table>").toString();
	}

	private String qr(Notice n) {
		return QrCodes.pdfElement(n.qrText(), "qr");
	}

	private void row(StringBuilder s, String key, String valueHtml) {
		s.append("<tr><td>").append(both(key)).append("</td><td class=\"sum\">").append(valueHtml).append("</td></tr>");
	}

	/** Kyrgyz and Russian side by side, or once where both write it the same. */
	private String both(String key) {
		String ky = messages.getMessage(key, null, KY);
		String ru = messages.getMessage(key, null, RU);
		return ky.equals(ru) ? esc(ky) : esc(ky) + " / " + esc(ru);
	}

	private static String money(Som s) {
		return esc(Formats.money(s));
	}

	private static String esc(String s) {
		return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
	}
}
