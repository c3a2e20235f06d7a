package kg.tereze.ledger.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.BookPicker;
import kg.tereze.ledger.Ledger;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.Formats;
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

/** The books and their closed months; the accountant closes a month that is over. */
@Controller
@RequestMapping("/accounts/periods")
@PreAuthorize("hasAnyRole('ACCOUNTANT', 'HEAD', 'AUDITOR')")
class PeriodsController {

	private final Accounts accounts;

	private final Ledger ledger;


	private final MessageSource messages;

	private final Clock clock;

	private final BookPicker picker;

	PeriodsController(BookPicker picker, Accounts accounts, Ledger ledger, MessageSource messages,
			Clock clock) {
		this.picker = picker;
		this.accounts = accounts;
		this.ledger = ledger;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String show(Model model, Locale locale) {
		Tenant t = CurrentTenant.require();
		picker.offer(t, model, locale);
		model.addAttribute("lastMonth", YearMonth.now(clock.withZone(Formats.BISHKEK)).minusMonths(1).toString());
		return "ledger/periods";
	}

	@PostMapping("/{bookId}")
	@PreAuthorize("hasRole('ACCOUNTANT')")
	String close(@PathVariable long bookId, @RequestParam(required = false) String month, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		try {
			ledger.closeMonth(CurrentTenant.require(), bookId, LedgerApi.month(month));
		}
		catch (InvalidInputException e) {
			response.setStatus(400);
			model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.args(), locale));
			model.addAttribute("errorBook", bookId);
			model.addAttribute("month", month);
			return show(model, locale);
		}
		redirect.addFlashAttribute("notice", "ledger.closed");
		return "redirect:/accounts/periods";
	}
}
