package kg.tereze.documents.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.Municipality;
import kg.tereze.shared.Formats;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.PdfRenderer;
import kg.tereze.shared.Tenant;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The printouts of document control on A4, every label in Kyrgyz and Russian: a document's
 * registration and control card, and a journal's pages for a period.
 */
@Component
public class DocumentPrints {

	private static final Locale KY = new Locale("ky");

	private static final Locale RU = new Locale("ru");

	/** A journal printed at once: a year of a busy office. */
	static final int MAX_ROWS = 5_000;

	private final Documents documents;

	private final Control control;

	private final Municipalities municipalities;

	private final PdfRenderer renderer;

	private final MessageSource messages;

	DocumentPrints(Documents documents, Control control, Municipalities municipalities, PdfRenderer renderer,
			MessageSource messages) {
		this.documents = documents;
		this.control = control;
		this.municipalities = municipalities;
		this.renderer = renderer;
		this.messages = messages;
	}

	public byte[] card(Tenant t, long id) {
		Document d = documents.get(t, id);
		Journal journal = journal(t, d.journalId());
		StringBuilder rows = new StringBuilder();
		row(rows, "documents.journal", journal.name().ky() + " / " + journal.name().ru());
		row(rows, "documents.number", d.number());
		row(rows, "documents.receivedOn", Formats.date(d.receivedOn()));
		row(rows, "documents.registeredAt", Formats.dateTime(d.registeredAt()) + " · " + d.registeredByName());
		if (d.correspondent() != null) {
			row(rows, "documents.correspondent", d.correspondent());
		}
		if (d.theirNumber() != null) {
			row(rows, "documents.theirs", d.theirNumber() + (d.theirDate() == null ? "" : " · " + Formats.date(d.theirDate())));
		}
		row(rows, "documents.channel", both("documents.channel." + d.channel()));
		row(rows, "documents.sheets", String.valueOf(d.sheets()));
		row(rows, "documents.summary", d.summary());
		if (d.dueOn() != null) {
			row(rows, "documents.dueOn", Formats.date(d.dueOn()));
		}
		StringBuilder control = new StringBuilder();
		List<Assignment> assignments = this.control.assignments(t, id);
		if (!assignments.isEmpty()) {
			control.append("<h2>").append(both("documents.control")).append("</h2><table class=\"grid\"><tr><th>")
				.append(both("documents.executor")).append("</th><th>").append(both("documents.instruction")).append("</th><th>")
				.append(both("documents.due")).append("</th><th>").append(both("documents.report")).append("</th></tr>");
			for (Assignment a : assignments) {
				control.append("<tr><td>").append(esc(a.executorName())).append("</td><td>").append(esc(a.instruction()))
					.append("</td><td>").append(Formats.date(a.dueOn())).append("</td><td>")
					.append(esc(a.done() ? a.report() : "")).append("</td></tr>");
			}
			control.append("</table>");
		}
		return renderer.render(page("size: A4; margin: 15mm 18mm", header(t, "documents.print.card"), "<table class=\"card\">" + rows
				+ "</table>" + control));
	}

	/** The journal's documents received from {@code from} to {@code to}, oldest first, as its paper pages were. */
	public byte[] journal(Tenant t, String journalCode, LocalDate from, LocalDate to) {
		if (from == null) {
			throw new InvalidInputException("from", "documents.error.period");
		}
		if (to == null || to.isBefore(from) || from.plusYears(2).isBefore(to)) {
			throw new InvalidInputException("to", "documents.error.period");
		}
		Journal journal = documents.journals(t).stream().filter(j -> j.code().equals(journalCode)).findFirst()
			.orElseThrow(() -> new InvalidInputException("journal", "documents.error.journal"));
		List<Document> rows = documents.received(t, journal, from, to, MAX_ROWS);
		StringBuilder html = new StringBuilder("<p class=\"period\">").append(esc(journal.name().ky() + " / " + journal.name().ru()))
			.append(" · ").append(Formats.date(from)).append(" – ").append(Formats.date(to)).append("</p><table class=\"grid\"><tr><th>")
			.append(both("documents.number")).append("</th><th>").append(both("documents.receivedOn")).append("</th><th>")
			.append(both("documents.correspondent")).append("</th><th>").append(both("documents.theirs")).append("</th><th>")
			.append(both("documents.summary")).append("</th><th>").append(both("documents.dueOn")).append("</th></tr>");
		for (Document d : rows) {
			html.append("<tr><td>").append(esc(d.number())).append("</td><td>").append(Formats.date(d.receivedOn()))
				.append("</td><td>").append(esc(d.correspondent())).append("</td><td>")
				.append(esc(d.theirNumber() == null ? "" : d.theirNumber() + (d.theirDate() == null ? "" : " · " + Formats.date(d.theirDate()))))
				.append("</td><td>").append(esc(d.summary())).append("</td><td>")
				.append(d.dueOn() == null ? "" : Formats.date(d.dueOn())).append("</td></tr>");
		}
		html.append("</table>");
		return renderer.render(page("size: A4 landscape; margin: 12mm 12mm", header(t, "documents.print.journal"), html.toString()));
	}

	private String header(Tenant t, String titleKey) {
		Municipality m = municipalities.require(t.requireMunicipality());
		return "<div class=\"who\">" + esc(m.name().ky()) + " / " + esc(m.name().ru()) + "</div><h1>" + both(titleKey) + "</h1>";
	}

	private static String page(String pageRule, String header, String body) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"/><style>
				@page { %s }
				body { font-family: 'Liberation Sans'; font-size: 9pt; color: #000; }
				h1 { font-size: 12pt; text-align: center; margin: 1mm 0 4mm 0; }
				h2 { font-size: 10pt; margin: 5mm 0 2mm 0; }
				.who { text-align: center; font-size: 9pt; }
				.period { font-weight: bold; }
				table { width: 100%%; border-collapse: collapse; }
				table.card td { padding: 1.2mm 1mm; vertical-align: top; border-bottom: 0.3pt solid #999; }
				table.card td:first-child { width: 38%%; color: #333; }
				table.grid th, table.grid td { border: 0.4pt solid #666; padding: 1mm; vertical-align: top; text-align: left; }
				table.grid th { background: #eee; font-size: 8pt; }
				</style></head><body>%s%s</body></html>
				""".formatted(pageRule, header, body);
	}

	private void row(StringBuilder rows, String key, String value) {
		rows.append("<tr><td>").append(both(key)).append("</td><td>").append(esc(value)).append("</td></tr>");
	}

	private Journal journal(Tenant t, long journalId) {
		return documents.journals(t).stream().filter(j -> j.id() == journalId).findFirst().orElseThrow();
	}

	/** A label as both languages print it: Kyrgyz first. */
	private String both(String key) {
		return esc(messages.getMessage(key, null, KY)) + " / " + esc(messages.getMessage(key, null, RU));
	}

	private static String esc(String s) {
		return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
	}
}
