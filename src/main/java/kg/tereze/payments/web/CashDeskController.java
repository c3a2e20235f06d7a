package kg.tereze.payments.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.ledger.AccountFilter;
import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.Ledger;
import kg.tereze.ledger.PayerAccount;
import kg.tereze.payments.internal.CashDesk;
import kg.tereze.payments.internal.Receipt;
import kg.tereze.payments.internal.Refund;
import kg.tereze.payments.internal.Refunds;
import kg.tereze.payments.internal.Shift;
import kg.tereze.payments.internal.ReceiptPdf;
import kg.tereze.shared.PdfReply;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.ResultPage;
import kg.tereze.shared.Tenant;

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
 * The cashier's page: open the shift, find the account, take the cash, print the receipt, and at the
 * end of the day count the drawer and close.
 */
@Controller
@RequestMapping("/cash")
@PreAuthorize("hasAnyRole('CASHIER', 'CONTROLLER')")
class CashDeskController {

	private final CashDesk desk;

	private final Accounts accounts;

	private final Ledger ledger;

	private final ReceiptPdf pdf;

	private final MessageSource messages;

	private final Refunds refunds;

	CashDeskController(CashDesk desk, Accounts accounts, Ledger ledger, ReceiptPdf pdf, MessageSource messages,
			Refunds refunds) {
		this.refunds = refunds;
		this.desk = desk;
		this.accounts = accounts;
		this.ledger = ledger;
		this.pdf = pdf;
		this.messages = messages;
	}

	@GetMapping
	String desk(@RequestParam(required = false) String q, @RequestParam(required = false) String account,
			@RequestParam(required = false) Long route, Model model) {
		Tenant t = CurrentTenant.require();
		if (route != null) {
			// a controller came from a stop of their route: the receipt leads back to it
			model.addAttribute("route", route);
		}
		Shift shift = desk.currentShift(t).orElse(null);
		model.addAttribute("shift", shift);
		model.addAttribute("q", q);
		if (shift != null) {
			model.addAttribute("receipts", desk.receiptsOf(t, shift, 10));
			if (t.hasRole("CASHIER")) {
				model.addAttribute("waitingRefunds", refunds.list(t, Refund.Status.AUTHORISED, 10));
			}
		}
		if (q != null && !q.isBlank()) {
			ResultPage<?> found = accounts.page(t, new AccountFilter(q, null, null, null, AccountFilter.Sort.NAME), 0, 20);
			model.addAttribute("found", found.items());
		}
		if (account != null && !account.isBlank()) {
			PayerAccount a = accounts.require(t, account);
			model.addAttribute("account", a);
			model.addAttribute("balance", ledger.balance(t, a));
			if (!model.containsAttribute("payForm")) {
				model.addAttribute("payForm", Map.of("key", UUID.randomUUID().toString()));
			}
		}
		return "payments/desk";
	}

	@PostMapping("/shift")
	String open(@RequestParam(required = false) String openingFloat, @RequestParam(required = false) String account,
			@RequestParam(required = false) Long route, Model model, HttpServletResponse response, Locale locale) {
		try {
			desk.openShift(CurrentTenant.require(), CashDeskApi.amount("openingFloat", blankToZero(openingFloat)));
		}
		catch (InvalidInputException e) {
			return error(e, Map.of("openingFloat", openingFloat == null ? "" : openingFloat), model, response, locale, null);
		}
		return "redirect:" + deskUrl(account, route);
	}

	@PostMapping("/payments")
	String pay(@RequestParam Map<String, String> form, Model model, HttpServletResponse response, Locale locale) {
		Receipt r;
		try {
			r = desk.take(CurrentTenant.require(), form.get("account"), CashDeskApi.amount("amount", form.get("amount")),
					form.get("payerName"), form.get("key"));
		}
		catch (InvalidInputException e) {
			model.addAttribute("payForm", form);
			if (routeOf(form) != null) {
				model.addAttribute("route", routeOf(form));
			}
			return error(e, form, model, response, locale, form.get("account"));
		}
		return "redirect:/cash/receipts/" + r.number() + (routeOf(form) == null ? "" : "?route=" + routeOf(form));
	}

	@PostMapping("/shift/close")
	String close(@RequestParam(required = false) String counted, @RequestParam(required = false) String note,
			Model model, HttpServletResponse response, Locale locale) {
		Shift closed;
		try {
			closed = desk.closeShift(CurrentTenant.require(), CashDeskApi.amount("counted", counted), note);
		}
		catch (InvalidInputException e) {
			return error(e, Map.of("counted", counted == null ? "" : counted, "note", note == null ? "" : note), model,
					response, locale, null);
		}
		model.addAttribute("closed", closed);
		return "payments/closed";
	}

	@GetMapping("/receipts/{number}")
	String receipt(@PathVariable String number, @RequestParam(required = false) Long route, Model model) {
		model.addAttribute("receipt", desk.receipt(CurrentTenant.require(), number));
		model.addAttribute("route", route);
		return "payments/receipt";
	}

	@GetMapping("/receipts/{number}/pdf")
	ResponseEntity<byte[]> receiptPdf(@PathVariable String number, @RequestParam(required = false) ReceiptPdf.Format format) {
		Receipt r = desk.receipt(CurrentTenant.require(), number);
		return pdfResponse(r, pdf.render(r, format == null ? ReceiptPdf.Format.RECEIPT_80MM : format));
	}

	private String error(InvalidInputException e, Map<String, String> typed, Model model, HttpServletResponse response,
			Locale locale, String account) {
		response.setStatus(400);
		model.addAttribute("errorField", e.field());
		model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.args(), locale));
		model.addAttribute("typed", typed);
		// The payment form stays on screen with what was typed, unless the account itself was the error.
		return desk(null, "account".equals(e.field()) ? null : account, (Long) model.getAttribute("route"), model);
	}

	static ResponseEntity<byte[]> pdfResponse(Receipt r, byte[] body) {
		return PdfReply.inline(body, r.number() + ".pdf");
	}

	private static Long routeOf(Map<String, String> form) {
		String route = form.get("route");
		return route != null && route.matches("[0-9]{1,18}") ? Long.valueOf(route) : null;
	}

	private static String deskUrl(String account, Long route) {
		if (account == null || !account.matches("[0-9 -]{1,20}")) {
			return "/cash";
		}
		return "/cash?account=" + account.replaceAll("[\\s-]", "") + (route == null ? "" : "&route=" + route);
	}

	private static String blankToZero(String s) {
		return s == null || s.isBlank() ? "0" : s;
	}
}
