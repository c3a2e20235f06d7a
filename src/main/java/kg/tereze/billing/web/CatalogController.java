package kg.tereze.billing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.billing.Basis;
import kg.tereze.billing.internal.Catalog;
import kg.tereze.billing.internal.NewService;
import kg.tereze.billing.internal.NewTariff;
import kg.tereze.billing.internal.Tariff;
import kg.tereze.billing.UtilityService;
import kg.tereze.ledger.Book;
import kg.tereze.ledger.BookPicker;
import kg.tereze.ledger.CustomerCategory;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.FormFields;
import kg.tereze.shared.Formats;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Som;
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

/** Services and their tariffs, with the history of every price; the accountant adds both. */
@Controller
@RequestMapping("/billing")
@PreAuthorize("hasAnyRole('ACCOUNTANT', 'HEAD', 'AUDITOR')")
class CatalogController {

	private final Catalog catalog;


	private final MessageSource messages;

	private final Clock clock;

	private final BookPicker picker;

	CatalogController(BookPicker picker, Catalog catalog, MessageSource messages, Clock clock) {
		this.picker = picker;
		this.catalog = catalog;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String show(@RequestParam(required = false) Long book, Model model, Locale locale) {
		Tenant t = CurrentTenant.require();
		Book b = picker.pick(t, book, model, locale);
		List<UtilityService> services = catalog.services(t, b.id());
		Map<Long, List<Tariff>> byService = catalog.tariffs(t, b.id()).stream()
			.collect(Collectors.groupingBy(Tariff::serviceId));
		Map<Long, List<Tariff>> tariffs = new HashMap<>();
		services.forEach(s -> tariffs.put(s.id(), byService.getOrDefault(s.id(), List.of())));
		model.addAttribute("services", services);
		model.addAttribute("tariffs", tariffs);
		model.addAttribute("today", today());
		model.addAttribute("categories", CustomerCategory.values());
		model.addAttribute("bases", Basis.values());
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of("validFrom", today().plusMonths(1).withDayOfMonth(1).toString()));
		}
		return "billing/catalog";
	}

	@PostMapping("/services")
	@PreAuthorize("hasRole('ACCOUNTANT')")
	String addService(@RequestParam Map<String, String> form, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		Tenant t = CurrentTenant.require();
		Long book = bookOf(form);
		try {
			catalog.addService(t, catalog.book(t, book).id(), new NewService(form.get("code"), form.get("nameKy"),
					form.get("nameRu"), form.get("nameEn"), FormFields.choice(form, "basis", Basis.class)));
		}
		catch (InvalidInputException e) {
			return rejected("service-form", e, form, book, model, response, locale);
		}
		redirect.addFlashAttribute("notice", "billing.service.added");
		return "redirect:/billing?book=" + catalog.book(t, book).id();
	}

	@PostMapping("/services/{code}/tariffs")
	@PreAuthorize("hasRole('ACCOUNTANT')")
	String addTariff(@PathVariable String code, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		Tenant t = CurrentTenant.require();
		Long book = bookOf(form);
		try {
			catalog.addTariff(t, catalog.book(t, book).id(), code,
					new NewTariff(FormFields.choice(form, "category", CustomerCategory.class),
							Som.parseOrNull(form.get("price")),
							FormFields.date(form, "validFrom"), dayAfter(FormFields.date(form, "validUntil"))));
		}
		catch (InvalidInputException e) {
			return rejected("tariff-form-" + code, e, form, book, model, response, locale);
		}
		redirect.addFlashAttribute("notice", "billing.tariff.added");
		return "redirect:/billing?book=" + catalog.book(t, book).id() + "#service-" + code;
	}

	private String rejected(String formId, InvalidInputException e, Map<String, String> typed, Long book, Model model,
			HttpServletResponse response, Locale locale) {
		kg.tereze.shared.FormErrors.show(formId, e, typed, model, response, messages, locale);
		return show(book, model, locale);
	}

	/** People type the last day a price holds; the tariff keeps the first day it no longer does. */
	static LocalDate dayAfter(LocalDate lastDay) {
		return lastDay == null ? null : lastDay.plusDays(1);
	}

	private static Long bookOf(Map<String, String> form) {
		return FormFields.number(form, "book");
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Formats.BISHKEK));
	}
}
