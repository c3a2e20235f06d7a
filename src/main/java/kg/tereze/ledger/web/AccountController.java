package kg.tereze.ledger.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.EntryKind;
import kg.tereze.ledger.Ledger;
import kg.tereze.ledger.PayerAccount;
import kg.tereze.ledger.Posting;
import kg.tereze.ledger.Statement;
import kg.tereze.municipality.Municipalities;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.Formats;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Tenant;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One account: its balance, arrears by age and statement; the accountant posts charges, adjustments,
 * opening balances and refunds here, and reverses entries with a reason.
 */
@Controller
@RequestMapping("/accounts/{number:[0-9 -]+}")
@PreAuthorize("hasAnyRole('ACCOUNTANT', 'CASHIER', 'CONTROLLER', 'HEAD', 'AUDITOR')")
class AccountController {

	/** What an accountant may post by hand; payments come through the cash desk and the payment channels. */
	static final List<EntryKind> MANUAL_KINDS = List.of(EntryKind.CHARGE, EntryKind.ADJUSTMENT,
			EntryKind.OPENING_BALANCE, EntryKind.REFUND);

	private final Accounts accounts;

	private final Ledger ledger;

	private final Municipalities municipalities;

	private final MessageSource messages;

	private final Clock clock;

	AccountController(Accounts accounts, Ledger ledger, Municipalities municipalities, MessageSource messages,
			Clock clock) {
		this.accounts = accounts;
		this.ledger = ledger;
		this.municipalities = municipalities;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String show(@PathVariable String number,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		Tenant t = CurrentTenant.require();
		PayerAccount a = accounts.require(t, number);
		LocalDate today = LocalDate.now(clock.withZone(Formats.BISHKEK));
		LocalDate since = from != null ? from : today.withDayOfMonth(1).minusMonths(12);
		Statement s = ledger.statement(t, a, since, to);
		model.addAttribute("account", a);
		model.addAttribute("statement", s);
		model.addAttribute("from", since);
		model.addAttribute("to", to);
		model.addAttribute("village", a.villageId() == null ? null : municipalities.villages(a.municipalityId()).stream()
			.filter(v -> v.id() == a.villageId()).findFirst().orElse(null));
		model.addAttribute("enterprise", a.enterpriseId() == null ? null : municipalities.enterprise(a.enterpriseId()).orElse(null));
		model.addAttribute("kinds", MANUAL_KINDS);
		if (!model.containsAttribute("entryForm")) {
			Map<String, String> form = new HashMap<>();
			form.put("kind", "CHARGE");
			form.put("bookedOn", today.toString());
			form.put("key", UUID.randomUUID().toString());
			model.addAttribute("entryForm", form);
		}
		return "ledger/account";
	}

	@PostMapping("/entries")
	@PreAuthorize("hasRole('ACCOUNTANT')")
	String post(@PathVariable String number, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		Tenant t = CurrentTenant.require();
		PayerAccount a = accounts.require(t, number);
		try {
			EntryKind kind = AccountsController.choice(form, "kind", EntryKind.class);
			if (kind == null || !MANUAL_KINDS.contains(kind)) {
				throw new InvalidInputException("kind", "ledger.error.kind");
			}
			ledger.post(t, a, new Posting(kind, LedgerApi.amount("amount", form.get("amount")),
					AccountsController.date(form, "bookedOn"), AccountsController.date(form, "dueOn"),
					blankToNull(form.get("serviceCode")), blankToNull(form.get("memo")), Ledger.MANUAL, null, null),
					form.get("key"));
		}
		catch (InvalidInputException e) {
			response.setStatus(400);
			model.addAttribute("entryForm", form);
			model.addAttribute("entryError", messages.getMessage(e.messageKey(), e.args(), locale));
			model.addAttribute("entryErrorField", e.field());
			return show(number, null, null, model);
		}
		redirect.addFlashAttribute("notice", "ledger.posted");
		return "redirect:/accounts/" + a.number();
	}

	@PostMapping("/entries/{id}/reversal")
	@PreAuthorize("hasRole('ACCOUNTANT')")
	String reverse(@PathVariable String number, @PathVariable long id, @RequestParam(required = false) String reason,
			Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		Tenant t = CurrentTenant.require();
		PayerAccount a = accounts.require(t, number);
		try {
			ledger.reverse(t, a, id, reason, null);
		}
		catch (InvalidInputException e) {
			response.setStatus(400);
			model.addAttribute("reverseError", messages.getMessage(e.messageKey(), e.args(), locale));
			model.addAttribute("reverseId", id);
			model.addAttribute("reason", reason);
			return show(number, null, null, model);
		}
		redirect.addFlashAttribute("notice", "ledger.reversed");
		return "redirect:/accounts/" + a.number();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
