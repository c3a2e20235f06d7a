package kg.tereze.billing.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.billing.Meter;
import kg.tereze.billing.Meters;
import kg.tereze.billing.NewMeter;
import kg.tereze.billing.ReadingSource;
import kg.tereze.billing.Readings;
import kg.tereze.billing.internal.MeterStore;
import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.PayerAccount;
import kg.tereze.shared.ChartBar;
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

/** An account's meters: the accountant puts them in and replaces them; readings come from the desk and the field. */
@Controller
@RequestMapping("/billing/accounts/{number:[0-9 -]+}/meters")
@PreAuthorize("hasAnyRole('ACCOUNTANT', 'CASHIER', 'CONTROLLER', 'HEAD', 'AUDITOR')")
class MetersController {

	private final Accounts accounts;

	private final Meters meters;

	private final Readings readings;

	private final AccountPage page;

	private final MessageSource messages;

	MetersController(Accounts accounts, Meters meters, Readings readings, AccountPage page, MessageSource messages) {
		this.accounts = accounts;
		this.meters = meters;
		this.readings = readings;
		this.page = page;
		this.messages = messages;
	}

	@PostMapping
	@PreAuthorize("hasRole('ACCOUNTANT')")
	String install(@PathVariable String number, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		Tenant t = CurrentTenant.require();
		PayerAccount a = accounts.require(t, number);
		try {
			meters.install(t, a, form.get("service"), newMeter(form, "number", "installedOn"));
		}
		catch (InvalidInputException e) {
			return rejected("meter-form", e, form, number, model, response, locale);
		}
		redirect.addFlashAttribute("notice", "billing.meter.saved");
		return "redirect:/billing/accounts/" + a.number() + "#meters";
	}

	@PostMapping("/{id}/readings")
	@PreAuthorize("hasAnyRole('ACCOUNTANT', 'CASHIER', 'CONTROLLER')")
	String read(@PathVariable String number, @PathVariable long id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		Tenant t = CurrentTenant.require();
		PayerAccount a = accounts.require(t, number);
		Readings.Recorded r;
		try {
			r = readings.record(t, a, id, new Readings.Taken(FormFields.date(form, "readOn"), FormFields.decimal(form, "value"),
					FormFields.choice(form, "source", ReadingSource.class), form.get("key")));
		}
		catch (InvalidInputException e) {
			return rejected("reading-form-" + id, e, form, number, model, response, locale);
		}
		redirect.addFlashAttribute("notice", "billing.reading.saved");
		if (r.reading().flagged()) {
			redirect.addFlashAttribute("warning", "billing.reading.flaggedSaved");
		}
		return "redirect:/billing/accounts/" + a.number() + "#meter-" + id;
	}

	@PostMapping("/{id}/replace")
	@PreAuthorize("hasRole('ACCOUNTANT')")
	String replace(@PathVariable String number, @PathVariable long id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		Tenant t = CurrentTenant.require();
		PayerAccount a = accounts.require(t, number);
		try {
			// without a new number the meter is only taken out
			NewMeter next = FormFields.blankToNull(form.get("number")) == null ? null : newMeter(form, "number", "removedOn");
			meters.replace(t, a, id, FormFields.date(form, "removedOn"), required(form, "finalValue"), next);
		}
		catch (InvalidInputException e) {
			return rejected("replace-form-" + id, e, form, number, model, response, locale);
		}
		redirect.addFlashAttribute("notice", "billing.meter.replaced");
		return "redirect:/billing/accounts/" + a.number() + "#meters";
	}

	/** A meter's readings and the use billed month by month, with a chart. */
	@GetMapping("/{id}")
	String history(@PathVariable String number, @PathVariable long id, Model model, Locale locale) {
		Tenant t = CurrentTenant.require();
		PayerAccount a = accounts.require(t, number);
		Meter meter = meters.get(t, a, id);
		List<MeterStore.MonthUse> use = meters.monthlyUse(t, a, id, 12);
		List<ChartBar> bars = new ArrayList<>();
		for (int i = use.size() - 1; i >= 0; i--) {
			MeterStore.MonthUse u = use.get(i);
			String figure = Formats.quantity(u.quantity())
					+ (u.estimated() ? " " + messages.getMessage("billing.meter.estimatedMark", null, locale) : "");
			bars.add(new ChartBar(Formats.month(java.time.YearMonth.from(u.month()), locale),
					Math.max(0, u.quantity().movePointRight(3).longValue()), figure));
		}
		model.addAttribute("account", a);
		model.addAttribute("meter", meter);
		model.addAttribute("readings", readings.of(t, a, meter, 60));
		model.addAttribute("bars", bars);
		model.addAttribute("barMax", bars.stream().mapToLong(ChartBar::value).max().orElse(0));
		return "billing/meter";
	}

	private static NewMeter newMeter(Map<String, String> form, String numberField, String dateField) {
		return new NewMeter(form.get(numberField), FormFields.date(form, dateField), required(form, "initialValue"),
				FormFields.date(form, "verifiedUntil"));
	}

	private static java.math.BigDecimal required(Map<String, String> form, String field) {
		java.math.BigDecimal v = FormFields.decimal(form, field);
		if (v == null) {
			throw new InvalidInputException(field, "billing.error.readingValue");
		}
		return v;
	}

	private String rejected(String formId, InvalidInputException e, Map<String, String> typed, String number,
			Model model, HttpServletResponse response, Locale locale) {
		kg.tereze.shared.FormErrors.show(formId, e, typed, model, response, messages, locale);
		return page.show(number, model);
	}
}
