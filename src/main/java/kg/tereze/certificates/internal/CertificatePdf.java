package kg.tereze.certificates.internal;

import java.util.Locale;

import kg.tereze.certificates.IssuedCertificate;
import kg.tereze.shared.Formats;
import kg.tereze.shared.PdfRenderer;
import kg.tereze.shared.QrCodes;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import static kg.tereze.certificates.internal.BodyRenderer.escape;

/**
 * The printed certificate: A4, the municipality's header, the text in Kyrgyz and then in Russian, the
 * signatory, and the QR code. Built only from what was stored at issue, so every print is the same
 * page; an annulled certificate prints with a banner saying so.
 */
@Component
public class CertificatePdf {

	private static final Locale KY = Locale.forLanguageTag("ky");

	private static final Locale RU = Locale.forLanguageTag("ru");

	private static final String STYLE = """
			@page { size: A4; margin: 16mm 18mm 16mm 20mm; }
			body { font-family: 'Liberation Sans'; font-size: 10.5pt; line-height: 1.35; color: #000; }
			.state { text-align: center; font-size: 9pt; letter-spacing: 0.5pt; }
			.header { width: 100%; border-bottom: 1.5pt solid #000; margin-bottom: 4mm; }
			.header td { width: 50%; text-align: center; font-weight: bold; padding: 2mm; vertical-align: top; }
			.number { width: 100%; font-size: 9.5pt; margin-bottom: 3mm; }
			.number td.right { text-align: right; }
			h1 { font-size: 11.5pt; text-align: center; margin: 3mm 0 2mm 0; }
			p { margin: 0 0 2mm 0; text-align: justify; }
			.lang { margin-bottom: 4mm; }
			.ru { border-top: 0.6pt dashed #555; padding-top: 2mm; }
			table.facts { width: 100%; border-collapse: collapse; margin: 1mm 0 3mm 0; }
			table.facts th, table.facts td { border: 0.5pt solid #333; padding: 1mm 1.5mm; font-size: 9pt; text-align: left; }
			table.facts th { background: #eee; }
			.closing { page-break-inside: avoid; }
			.sign { width: 100%; margin-top: 6mm; }
			.sign td { vertical-align: bottom; padding: 1mm; }
			.line { border-bottom: 0.5pt solid #000; width: 40mm; }
			.verify { width: 100%; margin-top: 6mm; border-top: 0.5pt solid #999; }
			.verify td { vertical-align: middle; font-size: 8.5pt; padding-top: 2mm; }
			.qr { display: block; width: 30mm; height: 30mm; }
			.annulled { border: 2pt solid #b00; color: #b00; text-align: center; font-weight: bold; font-size: 13pt; padding: 2mm; margin-bottom: 3mm; }
			""";

	private final PdfRenderer renderer;

	private final MessageSource messages;

	private final String publicUrl;

	CertificatePdf(PdfRenderer renderer, MessageSource messages, @Value("${tereze.public-url}") String publicUrl) {
		this.renderer = renderer;
		this.messages = messages;
		this.publicUrl = publicUrl;
	}

	public String qrText(IssuedCertificate c) {
		return kg.tereze.certificates.SignedContent.parse(c.signedContent()).qrText(publicUrl, c.signature());
	}

	public String verificationLink(IssuedCertificate c) {
		return publicUrl + "/verify/" + c.verificationCode();
	}

	public byte[] render(IssuedCertificate c) {
		return renderer.render(xhtml(c));
	}

	String xhtml(IssuedCertificate c) {
		StringBuilder h = new StringBuilder(8192);
		h.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>")
			.append(escape(c.number())).append("</title><style>").append(STYLE).append("</style></head><body>");
		if (!c.valid()) {
			h.append("<div class=\"annulled\">").append(both("certificates.certificate.print.annulled"))
				.append(" · ").append(Formats.date(c.annulment().at())).append("</div>");
		}
		h.append("<div class=\"state\">").append(both("certificates.certificate.print.state")).append("</div>");
		h.append("<table class=\"header\"><tr><td>").append(escape(c.headerKy())).append("</td><td>")
			.append(escape(c.headerRu())).append("</td></tr></table>");
		h.append("<table class=\"number\"><tr><td>№ <b>").append(escape(c.number())).append("</b></td><td class=\"right\">")
			.append(Formats.date(c.issuedOn())).append("</td></tr></table>");
		h.append("<div class=\"lang\"><h1>").append(escape(c.title().ky())).append("</h1>").append(c.bodyKy()).append("</div>");
		h.append("<div class=\"lang ru\"><h1>").append(escape(c.title().ru())).append("</h1>").append(c.bodyRu()).append("</div>");
		h.append("<div class=\"closing\"><table class=\"sign\"><tr><td>").append(escape(c.signatoryPositionKy())).append("<br/>")
			.append(escape(c.signatoryPositionRu())).append("</td><td><div class=\"line\"> </div></td><td><b>")
			.append(escape(c.signatoryName())).append("</b></td></tr></table>");
		h.append("<table class=\"verify\"><tr><td style=\"width: 36mm\">")
			.append(QrCodes.pdfElement(qrText(c), "qr")).append("</td><td>").append(both("certificates.certificate.print.verify")).append("<br/><b>")
			.append(escape(verificationLink(c))).append("</b><br/>").append(both("certificates.certificate.print.code")).append(": <b>")
			.append(escape(c.codeForPeople())).append("</b><br/>").append(both("certificates.certificate.print.key")).append(": ")
			.append(escape(c.keyId())).append(" · ").append(escape(publicUrl)).append("/verify/keys</td></tr></table></div>");
		h.append("</body></html>");
		return h.toString();
	}

	private String both(String key) {
		return escape(messages.getMessage(key, null, KY)) + " / " + escape(messages.getMessage(key, null, RU));
	}
}
