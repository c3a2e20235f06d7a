package kg.tereze.certificates.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.certificates.internal.CertificateJournal;
import kg.tereze.certificates.CertificateTypes;
import kg.tereze.certificates.internal.JournalEntry;
import kg.tereze.certificates.internal.JournalFilter;
import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.Village;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.Formats;
import kg.tereze.shared.ResultPage;
import kg.tereze.shared.Tenant;
import kg.tereze.shared.Xlsx;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The journal of issued certificates, with its filters and its spreadsheet. */
@Controller
@RequestMapping("/certificates/journal")
@PreAuthorize("hasAnyRole('CLERK', 'HEAD', 'AUDITOR')")
class JournalController {

	private final CertificateJournal journal;

	private final CertificateTypes types;

	private final Municipalities municipalities;

	private final MessageSource messages;

	JournalController(CertificateJournal journal, CertificateTypes types, Municipalities municipalities,
			MessageSource messages) {
		this.journal = journal;
		this.types = types;
		this.municipalities = municipalities;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long clerk, @RequestParam(required = false) Long village,
			@RequestParam(required = false) String status, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
		Tenant t = CurrentTenant.require();
		JournalFilter filter = new JournalFilter(type, from, to, clerk, village, status, q);
		ResultPage<JournalEntry> result = journal.page(t, filter, ResultPage.safePage(page), ResultPage.safeSize(size));
		model.addAttribute("result", result);
		model.addAttribute("filter", filter);
		model.addAttribute("types", types.all(t));
		model.addAttribute("clerks", journal.clerks(t));
		model.addAttribute("villages", municipalities.villages(t.requireMunicipality()));
		model.addAttribute("villageNames", villageNames(t));
		model.addAttribute("statuses", List.of("VALID", "ANNULLED"));
		return "certificates/journal";
	}

	@GetMapping("/export.xlsx")
	void export(@RequestParam(required = false) String type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long clerk, @RequestParam(required = false) Long village,
			@RequestParam(required = false) String status, @RequestParam(required = false) String q,
			HttpServletResponse response, Locale locale) throws IOException {
		Tenant t = CurrentTenant.require();
		List<JournalEntry> rows = journal.export(t, new JournalFilter(type, from, to, clerk, village, status, q));
		Map<Long, Village> villages = villageNames(t);
		List<String> headers = List.of(msg("certificates.certificate.number", locale), msg("certificates.certificate.issuedAt", locale),
				msg("certificates.certificate.type", locale), msg("certificates.certificate.person", locale), msg("municipality.village", locale),
				msg("certificates.certificate.issuedBy", locale), msg("certificates.certificate.purpose", locale), msg("certificates.certificate.status", locale),
				msg("certificates.certificate.annulReason", locale));
		Xlsx.write(Xlsx.attachment(response, "certificates.xlsx"), "certificates", headers, rows, e -> List.of(e.number(),
				Formats.dateTime(e.issuedAt()), e.title().in(locale), e.personName(),
				villages.containsKey(e.villageId()) ? villages.get(e.villageId()).name().in(locale) : "",
				e.issuedByName(), e.purpose() == null ? "" : e.purpose(),
				e.valid() ? msg("certificates.certificate.status.VALID", locale)
						: msg("certificates.certificate.status.ANNULLED", locale) + " " + Formats.date(e.annulledAt()),
				e.annulReason() == null ? "" : e.annulReason()));
	}

	private Map<Long, Village> villageNames(Tenant t) {
		return municipalities.villages(t.requireMunicipality()).stream()
			.collect(Collectors.toMap(Village::id, Function.identity()));
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
