package kg.tereze.payments.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.payments.internal.AgentReconciliations;
import kg.tereze.payments.internal.Reconciliation;
import kg.tereze.payments.internal.ReconciliationItem;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.FormErrors;
import kg.tereze.shared.FormFields;
import kg.tereze.shared.Formats;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.ResultPage;
import kg.tereze.shared.Tenant;
import kg.tereze.shared.Xlsx;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Agents' registries set against Tereze's payments: the checks made, a new one from an uploaded file, and one check's findings. */
@Controller
@RequestMapping("/payments/reconciliations")
@PreAuthorize("hasAnyRole('ACCOUNTANT', 'HEAD', 'AUDITOR')")
class ReconciliationController {

	private final AgentReconciliations reconciliations;

	private final MessageSource messages;

	private final Clock clock;

	ReconciliationController(AgentReconciliations reconciliations, MessageSource messages, Clock clock) {
		this.reconciliations = reconciliations;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer page, Model model) {
		fill(page, model);
		Map<String, String> typed = new HashMap<>();
		typed.put("day", clock.instant().atZone(Formats.BISHKEK).toLocalDate().minusDays(1).toString());
		model.addAttribute("typed", typed);
		return "payments/reconciliations";
	}

	private void fill(Integer page, Model model) {
		Tenant t = CurrentTenant.require();
		model.addAttribute("agents", reconciliations.agents(t));
		model.addAttribute("result", reconciliations.list(t, ResultPage.safePage(page), 25));
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('ACCOUNTANT', 'HEAD')")
	String reconcile(@RequestParam Map<String, String> form, @RequestParam(required = false) MultipartFile file, Model model,
			HttpServletResponse response, Locale locale) throws IOException {
		try {
			LocalDate day = FormFields.date(form, "day");
			Reconciliation r = reconciliations.reconcile(CurrentTenant.require(), form.get("agent"), day,
					file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
			return "redirect:/payments/reconciliations/" + r.id();
		}
		catch (InvalidInputException e) {
			FormErrors.show("reconcile-form", e, form, model, response, messages, locale);
			fill(0, model);
			return "payments/reconciliations";
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		Reconciliation r = reconciliations.get(CurrentTenant.require(), id);
		model.addAttribute("r", r);
		model.addAttribute("items", reconciliations.items(r));
		return "payments/reconciliation";
	}

	@GetMapping("/{id}/export.xlsx")
	void export(@PathVariable long id, HttpServletResponse response, Locale locale) throws IOException {
		Reconciliation r = reconciliations.get(CurrentTenant.require(), id);
		List<ReconciliationItem> items = reconciliations.items(r);
		List<String> headers = List.of(msg("payments.reconcile.kind", locale), msg("payments.reconcile.row", locale),
				"txn_id", msg("payments.reconcile.account", locale), msg("payments.reconcile.fileAmount", locale),
				msg("payments.reconcile.ourAmount", locale), msg("payments.reconcile.date", locale),
				msg("payments.reconcile.reason", locale));
		Xlsx.write(Xlsx.attachment(response, "reconciliation-" + r.agentCode() + "-" + r.day() + ".xlsx"), "reconciliation", headers, items, i -> List.of(
				msg("payments.reconcile.kind." + i.kind(), locale), i.rowNo() == null ? "" : i.rowNo().toString(),
				i.txnId() == null ? "" : i.txnId(), i.ourAccount() != null && !i.ourAccount().equals(i.account())
						? i.account() + " / " + i.ourAccount() : i.account() == null ? "" : i.account(),
				i.fileAmount() == null ? "" : Formats.money(i.fileAmount()), i.ourAmount() == null ? "" : Formats.money(i.ourAmount()),
				i.txnDate() == null ? "" : i.txnDate().toString().replace('T', ' '),
				i.reason() == null ? "" : msg(i.reason(), locale)));
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
