package kg.tereze.billing.web;

import java.util.List;
import java.util.Locale;

import kg.tereze.billing.internal.Catalog;
import kg.tereze.billing.Readings;
import kg.tereze.ledger.Book;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.Tenant;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Readings far above their account's average, for the accountant to check before the month is billed. */
@Controller
@RequestMapping("/billing/readings")
@PreAuthorize("hasAnyRole('ACCOUNTANT', 'CONTROLLER', 'HEAD', 'AUDITOR')")
class ReadingsController {

	static final int DAYS = 90;

	private final Readings readings;

	private final Catalog catalog;

	private final BookNames bookNames;

	ReadingsController(Readings readings, Catalog catalog, BookNames bookNames) {
		this.readings = readings;
		this.catalog = catalog;
		this.bookNames = bookNames;
	}

	@GetMapping
	String flagged(@RequestParam(required = false) Long book, Model model, Locale locale) {
		Tenant t = CurrentTenant.require();
		Book b = catalog.book(t, book);
		List<Book> books = catalog.books(t);
		model.addAttribute("book", b);
		model.addAttribute("books", books);
		model.addAttribute("bookNames", bookNames.of(books, t.requireMunicipality(), locale));
		model.addAttribute("flagged", readings.flagged(t, b, DAYS));
		model.addAttribute("days", DAYS);
		return "billing/readings";
	}
}
