package kg.tereze.frontdesk.internal;

import java.util.Locale;

import kg.tereze.municipality.Municipality;
import kg.tereze.shared.Formats;
import kg.tereze.shared.PdfRenderer;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The queue ticket handed to a visitor, for the 80 mm receipt printer: the number to listen for,
 * the service, how many are ahead, and the documents to have ready, in Kyrgyz and Russian.
 */
@Component
public class TicketPdf {

	private static final Locale KY = Locale.forLanguageTag("ky");

	private static final Locale RU = Locale.forLanguageTag("ru");

	private final PdfRenderer renderer;

	private final MessageSource messages;

	TicketPdf(PdfRenderer renderer, MessageSource messages) {
		this.renderer = renderer;
		this.messages = messages;
	}

	public byte[] render(Visit v, DeskService service, Municipality municipality, int ahead) {
		String docs = service.documentsKy().isBlank() ? ""
				: "<div class=\"docs\"><b>" + both("frontdesk.service.documents") + ":</b><br/>" + esc(service.documentsKy())
						+ (service.documentsRu().isBlank() ? "" : "<br/>" + esc(service.documentsRu())) + "</div>";
		return renderer.render("""
				<?xml version="1.0" encoding="UTF-8"?>
				<html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"/><style>
				@page { size: 80mm 110mm; margin: 4mm; }
				body { font-family: 'Liberation Sans'; font-size: 8.5pt; color: #000; text-align: center; }
				.who { font-size: 8pt; }
				.ticket { font-size: 34pt; font-weight: bold; margin: 3mm 0 1mm 0; }
				.service { font-size: 9pt; margin-bottom: 2mm; }
				.ahead { font-size: 9pt; border-top: 0.5pt dashed #000; border-bottom: 0.5pt dashed #000; padding: 1mm 0; }
				.docs { text-align: left; font-size: 7.5pt; margin-top: 2mm; }
				</style></head><body>
				<div class="who">%s<br/>%s</div>
				<div class="ticket">%s</div>
				<div class="service">%s<br/>%s</div>
				<div class="ahead">%s: %d<br/>%s</div>
				%s
				</body></html>
				""".formatted(esc(municipality.name().ky() + " / " + municipality.name().ru()), both("frontdesk.ticket.title"),
				esc(v.ticket()), esc(service.name().ky()), esc(service.name().ru()), both("frontdesk.ticket.ahead"), ahead,
				esc(Formats.dateTime(v.arrivedAt())), docs));
	}

	private String both(String key) {
		return esc(messages.getMessage(key, null, KY) + " / " + messages.getMessage(key, null, RU));
	}

	private static String esc(String s) {
		return HtmlUtils.htmlEscape(s == null ? "" : s);
	}
}
