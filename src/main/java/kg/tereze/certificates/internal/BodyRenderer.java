package kg.tereze.certificates.internal;

import kg.tereze.certificates.CertificateTemplate;
import kg.tereze.certificates.CertificateTemplate.Block;
import kg.tereze.certificates.CertificateTemplate.Paragraph;
import kg.tereze.certificates.CertificateTemplate.Text;
import kg.tereze.certificates.Placeholder;

/**
 * Fills a template from a fact sheet into an XHTML fragment: paragraphs and tables, every value
 * escaped. The same fragment is shown in the preview and printed in the PDF.
 */
public final class BodyRenderer {

	private BodyRenderer() {
	}

	public static String render(CertificateTemplate template, FactSheet facts) {
		StringBuilder html = new StringBuilder();
		for (Paragraph p : template.paragraphs()) {
			if (p instanceof Block b) {
				table(facts.tables().get(b.placeholder().key()), html);
			}
			else if (p instanceof Text t) {
				html.append("<p>");
				for (Object part : t.parts()) {
					String text = part instanceof Placeholder ph ? facts.values().getOrDefault(ph.key(), "") : (String) part;
					html.append(escape(text).replace("\n", "<br/>"));
				}
				html.append("</p>");
			}
		}
		return html.toString();
	}

	private static void table(FactSheet.Table table, StringBuilder html) {
		if (table == null) {
			return;
		}
		html.append("<table class=\"facts\"><thead><tr>");
		table.headers().forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
		html.append("</tr></thead><tbody>");
		for (var row : table.rows()) {
			html.append("<tr>");
			row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
			html.append("</tr>");
		}
		html.append("</tbody></table>");
	}

	public static String escape(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(s.length() + 16);
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					// control characters would make the XHTML ill-formed for the PDF renderer
					if (c >= 0x20 || c == '\n' || c == '\t') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}
}
