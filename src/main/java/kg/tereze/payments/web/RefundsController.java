package kg.tereze.payments.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.PayerAccount;
import kg.tereze.payments.internal.Refund;
import kg.tereze.payments.internal.Refunds;
import kg.tereze.payments.internal.ReceiptPdf;
import kg.tereze.payments.internal.RefundVoucherPdf;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.Formats;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Tenant;
import kg.tereze.shared.Xlsx;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Refunds in the browser: the accountant authorises one for an account in credit (the form starts from the
 * account's page) or cancels it; the cashier finds the waiting ones on the cash desk, pays one out and
 * prints the voucher for the recipient to sign.
 */
@Controller
@RequestMapping("/refunds")
@PreAuthorize("hasAnyRole('ACCOUNTANT', 'CASHIER', 'HEAD', 'AUDITOR')")
class RefundsController {

	static final int PAGE = 50;

	private final Refunds refunds;

	private final Accounts accounts;

	private final RefundVoucherPdf voucher;

	private final MessageSource messages;

	RefundsController(Refunds refunds, Accounts accounts, RefundVoucherPdf voucher, MessageSource messages) {
		this.refunds = refunds;
		this.accounts = accounts;
		this.voucher = voucher;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String account,
			@RequestParam(required = false) Refund.Sort sort, @RequestParam(required = false) Integer page, Model model) {
		Tenant t = CurrentTenant.require();
		Refund.Status s = RefundsApi.status(status);
		model.addAttribute("status", s);
		model.addAttribute("sort", sort == null ? Refund.Sort.NEWEST : sort);
		model.addAttribute("result", refunds.page(t, s, sort, page == null ? 0 : page, PAGE));
		if (!model.containsAttribute("form")) {
			Map<String, String> form = new HashMap<>(Map.of("key", UUID.randomUUID().toString()));
			if (account != null && !account.isBlank() && t.hasRole("ACCOUNTANT")) {
				PayerAccount a = accounts.require(t, account);
				form.put("account", a.number().value());
				form.put("amount", refunds.credit(t, a).toBigDecimal().toPlainString());
				form.put("recipientName", a.holderName());
			}
			model.addAttribute("form", form);
		}
		return "payments/refunds";
	}

	@PostMapping
	@PreAuthorize("hasRole('ACCOUNTANT')")
	String authorise(@RequestParam Map<String, String> form, Model model, HttpServletResponse response, Locale locale) {
		Refund r;
		try {
			r = refunds.authorise(CurrentTenant.require(), new Refunds.Authorisation(form.get("account"),
					CashDeskApi.amount("amount", form.get("amount")), form.get("reason"), form.get("basis"),
					form.get("recipientName")), form.get("key"));
		}
		catch (InvalidInputException e) {
			model.addAttribute("form", form);
			error(e, model, response, locale);
			return list(null, null, null, null, model);
		}
		return "redirect:/refunds/" + r.number();
	}

	@GetMapping("/{number}")
	String show(@PathVariable String number, Model model) {
		model.addAttribute("refund", refunds.find(CurrentTenant.require(), number));
		return "payments/refund";
	}

	@PostMapping("/{number}/payout")
	@PreAuthorize("hasRole('CASHIER')")
	String payOut(@PathVariable String number, @RequestParam(required = false) String recipientDocument, Model model,
			HttpServletResponse response, Locale locale) {
		return act(number, () -> refunds.payOut(CurrentTenant.require(), number, recipientDocument), "typedDocument",
				recipientDocument, model, response, locale);
	}

	@PostMapping("/{number}/cancel")
	@PreAuthorize("hasRole('ACCOUNTANT')")
	String cancel(@PathVariable String number, @RequestParam(required = false) String reason, Model model,
			HttpServletResponse response, Locale locale) {
		return act(number, () -> refunds.cancel(CurrentTenant.require(), number, reason), "typedReason", reason, model,
				response, locale);
	}

	/** Does a step on the refund; refused, the refund's page shows why with what was typed still in its field. */
	private String act(String number, Runnable step, String typedName, String typed, Model model,
			HttpServletResponse response, Locale locale) {
		try {
			step.run();
		}
		catch (InvalidInputException e) {
			model.addAttribute(typedName, typed);
			error(e, model, response, locale);
			return show(number, model);
		}
		return "redirect:/refunds/" + number;
	}

	@GetMapping("/{number}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String number, @RequestParam(required = false) ReceiptPdf.Format format) {
		Tenant t = CurrentTenant.require();
		Refund r = refunds.find(t, number);
		return RefundsApi.pdf(r, voucher.render(t, r, format == null ? ReceiptPdf.Format.RECEIPT_80MM : format));
	}

	@GetMapping("/export.xlsx")
	void export(@RequestParam(required = false) String status, @RequestParam(required = false) Refund.Sort sort,
			HttpServletResponse response, Locale locale) throws IOException {
		List<Refund> all = refunds.page(CurrentTenant.require(), RefundsApi.status(status), sort, 0, 100_000).items();
		List<String> headers = List.of(msg("payments.voucher.number", locale), msg("payments.refund.status", locale),
				msg("payments.receipt.account", locale), msg("payments.receipt.holder", locale), msg("payments.voucher.amount", locale),
				msg("payments.voucher.recipient", locale), msg("payments.voucher.basis", locale), msg("payments.voucher.reason", locale),
				msg("payments.refund.authorised", locale), msg("payments.refund.paid", locale));
		Xlsx.write(Xlsx.attachment(response, "refunds.xlsx"), "refunds", headers, all, r -> List.of(r.number(),
				msg("payments.refund.status." + r.status(), locale), r.accountNumber(), r.holderName(), r.amount().toBigDecimal(),
				r.recipientName(), r.basis(), r.reason(), Formats.dateTime(r.authorisedAt()) + " " + r.authorisedBy(),
				r.paidAt() == null ? "" : Formats.dateTime(r.paidAt()) + " " + r.paidBy()));
	}

	private void error(InvalidInputException e, Model model, HttpServletResponse response, Locale locale) {
		response.setStatus(400);
		model.addAttribute("errorField", e.field());
		model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.args(), locale));
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
