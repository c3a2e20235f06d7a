package kg.tereze.billing.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.billing.internal.Subscriptions;
import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.PayerAccount;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.FormFields;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Tenant;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The services one account takes: the accountant subscribes, ends, and overrides the persons billed. */
@Controller
@RequestMapping("/billing/accounts/{number:[0-9 -]+}")
@PreAuthorize("hasAnyRole('ACCOUNTANT', 'CASHIER', 'CONTROLLER', 'HEAD', 'AUDITOR')")
class SubscriptionsController {

	private final Accounts accounts;

	private final Subscriptions subscriptions;

	private final AccountPage page;

	private final MessageSource messages;

	SubscriptionsController(Accounts accounts, Subscriptions subscriptions, AccountPage page, MessageSource messages) {
		this.accounts = accounts;
		this.subscriptions = subscriptions;
		this.page = page;
		this.messages = messages;
	}

	@GetMapping
	String show(@PathVariable String number, Model model) {
		return page.show(number, model);
	}

	@PostMapping
	@PreAuthorize("hasRole('ACCOUNTANT')")
	String subscribe(@PathVariable String number, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		Tenant t = CurrentTenant.require();
		PayerAccount a = accounts.require(t, number);
		try {
			subscriptions.subscribe(t, a, form.get("service"), FormFields.date(form, "startsOn"), persons(form),
					form.get("reason"));
		}
		catch (InvalidInputException e) {
			return rejected("subscribe-form", e, form, number, model, response, locale);
		}
		redirect.addFlashAttribute("notice", "billing.subscribed");
		return "redirect:/billing/accounts/" + a.number();
	}

	@PostMapping("/{id}/end")
	@PreAuthorize("hasRole('ACCOUNTANT')")
	String end(@PathVariable String number, @PathVariable long id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		Tenant t = CurrentTenant.require();
		PayerAccount a = accounts.require(t, number);
		try {
			// people type the last day of service; the subscription keeps the first day without it
			LocalDate last = FormFields.date(form, "endsOn");
			subscriptions.end(t, a, id, last == null ? null : last.plusDays(1));
		}
		catch (InvalidInputException e) {
			return rejected("end-form-" + id, e, form, number, model, response, locale);
		}
		redirect.addFlashAttribute("notice", "billing.ended");
		return "redirect:/billing/accounts/" + a.number();
	}

	@PostMapping("/{id}/persons")
	@PreAuthorize("hasRole('ACCOUNTANT')")
	String override(@PathVariable String number, @PathVariable long id, @RequestParam Map<String, String> form,
			Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		Tenant t = CurrentTenant.require();
		PayerAccount a = accounts.require(t, number);
		try {
			subscriptions.override(t, a, id, persons(form), form.get("reason"));
		}
		catch (InvalidInputException e) {
			return rejected("persons-form-" + id, e, form, number, model, response, locale);
		}
		redirect.addFlashAttribute("notice", "billing.personsSaved");
		return "redirect:/billing/accounts/" + a.number();
	}

	private static Integer persons(Map<String, String> form) {
		Long n = FormFields.number(form, "persons");
		if (n != null && (n < 0 || n > 99)) {
			throw new InvalidInputException("persons", "billing.error.persons");
		}
		return n == null ? null : n.intValue();
	}

	private String rejected(String formId, InvalidInputException e, Map<String, String> typed, String number,
			Model model, HttpServletResponse response, Locale locale) {
		kg.tereze.shared.FormErrors.show(formId, e, typed, model, response, messages, locale);
		return page.show(number, model);
	}
}
