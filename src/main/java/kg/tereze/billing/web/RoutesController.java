package kg.tereze.billing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.billing.internal.Catalog;
import kg.tereze.billing.ReadingSource;
import kg.tereze.billing.Readings;
import kg.tereze.billing.internal.Route;
import kg.tereze.billing.internal.Routes;
import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.Book;
import kg.tereze.ledger.BookPicker;
import kg.tereze.ledger.PayerAccount;
import kg.tereze.municipality.Municipalities;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.FormFields;
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

/**
 * Routes in the browser: the accountant lays them out and gives them to controllers; a controller opens their
 * route on the tablet, walks it stop by stop, types each meter's reading and takes cash at the desk page.
 */
@Controller
@RequestMapping("/billing/routes")
@PreAuthorize("hasAnyRole('ACCOUNTANT', 'CONTROLLER', 'HEAD', 'AUDITOR')")
class RoutesController {

	private final Routes routes;

	private final Readings readings;

	private final Accounts accounts;

	private final Catalog catalog;


	private final Municipalities municipalities;

	private final MessageSource messages;

	private final Clock clock;

	private final BookPicker picker;

	RoutesController(BookPicker picker, Routes routes, Readings readings, Accounts accounts, Catalog catalog,
			Municipalities municipalities, MessageSource messages, Clock clock) {
		this.picker = picker;
		this.clock = clock;
		this.routes = routes;
		this.readings = readings;
		this.accounts = accounts;
		this.catalog = catalog;
		this.municipalities = municipalities;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model, Locale locale) {
		Tenant t = CurrentTenant.require();
		model.addAttribute("routes", routes.list(t));
		if (t.hasRole("ACCOUNTANT")) {
			picker.offer(t, model, locale);
			model.addAttribute("villages", municipalities.villages(t.requireMunicipality()));
			model.addAttribute("controllers", routes.controllers(t));
			if (!model.containsAttribute("form")) {
				// the enterprise's book first, as on the other billing pages
				model.addAttribute("form", Map.of("bookId", String.valueOf(catalog.book(t, null).id())));
			}
		}
		return "billing/routes";
	}

	@PostMapping
	@PreAuthorize("hasRole('ACCOUNTANT')")
	String create(@RequestParam Map<String, String> form, Model model, HttpServletResponse response, Locale locale) {
		Route r;
		try {
			Book book = catalog.book(CurrentTenant.require(), FormFields.number(form, "bookId"));
			r = routes.create(CurrentTenant.require(), book.id(), form.get("name"), FormFields.number(form, "controllerId"),
					new Routes.Area(FormFields.number(form, "villageId"), form.get("street")));
		}
		catch (InvalidInputException e) {
			model.addAttribute("form", form);
			error(e, model, response, locale);
			return list(model, locale);
		}
		return "redirect:/billing/routes/" + r.id();
	}

	@GetMapping("/{id}")
	String sheet(@PathVariable long id, Model model) {
		Tenant t = CurrentTenant.require();
		model.addAttribute("sheet", routes.sheet(t, id));
		if (t.hasRole("ACCOUNTANT")) {
			model.addAttribute("villages", municipalities.villages(t.requireMunicipality()));
			model.addAttribute("controllers", routes.controllers(t));
		}
		return "billing/route";
	}

	@PostMapping("/{id}/readings")
	@PreAuthorize("hasAnyRole('ACCOUNTANT', 'CONTROLLER')")
	String read(@PathVariable long id, @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		Tenant t = CurrentTenant.require();
		routes.require(t, id);
		Readings.Recorded r;
		try {
			PayerAccount a = accounts.require(t, form.get("account"));
			Long meter = FormFields.number(form, "meterId");
			if (meter == null) {
				throw new InvalidInputException("meterId", "billing.error.readingValue");
			}
			r = readings.record(t, a, meter, new Readings.Taken(LocalDate.now(clock.withZone(Formats.BISHKEK)),
					FormFields.decimal(form, "value"), ReadingSource.TABLET, form.get("key")));
		}
		catch (InvalidInputException e) {
			model.addAttribute("errorMeter", form.get("meterId"));
			model.addAttribute("typedValue", form.get("value"));
			error(e, model, response, locale);
			return sheet(id, model);
		}
		redirect.addFlashAttribute("notice", "billing.reading.saved");
		if (r.reading().flagged()) {
			redirect.addFlashAttribute("warning", "billing.reading.flaggedSaved");
		}
		return "redirect:/billing/routes/" + id + "#meter-" + form.get("meterId");
	}

	@PostMapping("/{id}/accounts")
	@PreAuthorize("hasRole('ACCOUNTANT')")
	String add(@PathVariable long id, @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
			Locale locale) {
		try {
			routes.addAccounts(CurrentTenant.require(), id, new Routes.Area(FormFields.number(form, "villageId"), form.get("street")));
		}
		catch (InvalidInputException e) {
			error(e, model, response, locale);
			return sheet(id, model);
		}
		return "redirect:/billing/routes/" + id;
	}

	@PostMapping("/{id}/controller")
	@PreAuthorize("hasRole('ACCOUNTANT')")
	String assign(@PathVariable long id, @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
			Locale locale) {
		try {
			routes.assign(CurrentTenant.require(), id, FormFields.number(form, "controllerId"));
		}
		catch (InvalidInputException e) {
			error(e, model, response, locale);
			return sheet(id, model);
		}
		return "redirect:/billing/routes/" + id;
	}

	@PostMapping("/{id}/stops/{number}/remove")
	@PreAuthorize("hasRole('ACCOUNTANT')")
	String remove(@PathVariable long id, @PathVariable String number) {
		routes.removeStop(CurrentTenant.require(), id, number);
		return "redirect:/billing/routes/" + id;
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize("hasRole('ACCOUNTANT')")
	String delete(@PathVariable long id) {
		routes.delete(CurrentTenant.require(), id);
		return "redirect:/billing/routes";
	}

	private void error(InvalidInputException e, Model model, HttpServletResponse response, Locale locale) {
		response.setStatus(400);
		model.addAttribute("errorField", e.field());
		model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.args(), locale));
	}
}
