package kg.tereze.documents.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.documents.internal.Control;
import kg.tereze.documents.internal.Discipline;
import kg.tereze.shared.ChartBar;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.FormErrors;
import kg.tereze.shared.FormFields;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Tenant;
import kg.tereze.shared.Xlsx;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Execution discipline: the head sees who answers on time, as a table, a chart and a spreadsheet. */
@Controller
@PreAuthorize("hasAnyRole('HEAD', 'RECORDS', 'AUDITOR')")
class DisciplineController {

	private final Control control;

	private final MessageSource messages;

	DisciplineController(Control control, MessageSource messages) {
		this.control = control;
		this.messages = messages;
	}

	@GetMapping("/documents/discipline")
	String page(@RequestParam Map<String, String> query, Model model, HttpServletResponse response, Locale locale) {
		Tenant t = CurrentTenant.require();
		LocalDate today = control.today();
		LocalDate from = query.containsKey("from") ? FormFields.date(query, "from") : today.withDayOfMonth(1).minusMonths(2);
		LocalDate to = query.containsKey("to") ? FormFields.date(query, "to") : today;
		model.addAttribute("from", query.getOrDefault("from", String.valueOf(from)));
		model.addAttribute("to", query.getOrDefault("to", String.valueOf(to)));
		try {
			List<Discipline> rows = control.discipline(t, from, to);
			model.addAttribute("rows", rows);
			model.addAttribute("bars", rows.stream().filter(r -> r.onTimePercent() != null)
				.map(r -> new ChartBar(r.executorName(), r.onTimePercent(), r.onTimePercent() + " %")).toList());
		}
		catch (InvalidInputException e) {
			FormErrors.show("discipline-form", e, query, model, response, messages, locale);
			model.addAttribute("rows", List.of());
			model.addAttribute("bars", List.of());
		}
		return "documents/discipline";
	}

	@GetMapping("/documents/discipline/export.xlsx")
	void export(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			HttpServletResponse response, Locale locale) throws IOException {
		List<Discipline> rows = control.discipline(CurrentTenant.require(), from, to);
		List<String> headers = List.of(msg("documents.executor", locale), msg("documents.given", locale),
				msg("documents.onTime", locale), msg("documents.late", locale), msg("documents.overdueNow", locale),
				msg("documents.inTimeNow", locale), msg("documents.medianDays", locale));
		Xlsx.write(Xlsx.attachment(response, "discipline.xlsx"), "discipline", headers, rows, r -> List.of(r.executorName(),
				r.given(), r.onTime(), r.late(), r.overdueNow(), r.inTime(), r.medianDays() == null ? "" : r.medianDays()));
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
