package kg.tereze.ledger.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.Book;
import kg.tereze.ledger.Ledger;
import kg.tereze.municipality.Enterprise;
import kg.tereze.municipality.Municipalities;
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

	private final Municipalities municipalities;

	private final MessageSource messages;

	private final Clock clock;

	PeriodsController(Accounts accounts, Ledger ledger, Municipalities municipalities, MessageSource messages,
			Clock clock) {
		this.accounts = accounts;
		this.ledger = ledger;
		this.municipalities = municipalities;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String show(Model model, Locale locale) {
		Tenant t = CurrentTenant.require();
		List<Book> books = accounts.books(t);
		Map<Long, Enterprise> enterprises = municipalities.enterprises(t.requireMunicipality()).stream()
			.collect(Collectors.toMap(Enterprise::id, Function.identity()));
		Map<Long, String> names = new HashMap<>();
		for (Book b : books) {
			names.put(b.id(), b.enterpriseId() == null ? messages.getMessage("account.book.own", null, locale)
					: enterprises.get(b.enterpriseId()).name().in(locale));
		}
		model.addAttribute("books", books);
		model.addAttribute("bookNames", names);
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
