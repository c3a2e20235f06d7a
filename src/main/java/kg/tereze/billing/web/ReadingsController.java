package kg.tereze.billing.web;

import java.util.Locale;

import kg.tereze.billing.Readings;
import kg.tereze.ledger.Book;
import kg.tereze.ledger.BookPicker;
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



	private final BookPicker picker;

	ReadingsController(BookPicker picker, Readings readings) {
		this.picker = picker;
		this.readings = readings;
	}

	@GetMapping
	String flagged(@RequestParam(required = false) Long book, Model model, Locale locale) {
		Tenant t = CurrentTenant.require();
		Book b = picker.pick(t, book, model, locale);
		model.addAttribute("flagged", readings.flagged(t, b, DAYS));
		model.addAttribute("days", DAYS);
		return "billing/readings";
	}
}
