package kg.tereze.registry.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.municipality.Municipalities;
import kg.tereze.registry.internal.HouseholdBook;
import kg.tereze.registry.HouseholdInfo;
import kg.tereze.registry.internal.NewHousehold;
import kg.tereze.registry.internal.RegistryExport;
import kg.tereze.registry.RegistryQueries;
import kg.tereze.registry.SearchResult;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.Formats;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.ResultPage;
import kg.tereze.shared.Tenant;
import kg.tereze.shared.Xlsx;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The household book's front page: search from one box, a new household, the export. */
@Controller
@RequestMapping("/registry")
@PreAuthorize("hasAnyRole('REGISTRAR', 'CLERK', 'HEAD', 'AUDITOR')")
class RegistryController {

	private static final int PAGE_SIZE = 25;

	private final RegistryQueries queries;

	private final HouseholdBook book;

	private final RegistryExport export;

	private final Municipalities municipalities;

	private final MessageSource messages;

	private final Clock clock;

	RegistryController(RegistryQueries queries, HouseholdBook book, RegistryExport export, Municipalities municipalities,
			MessageSource messages, Clock clock) {
		this.queries = queries;
		this.book = book;
		this.export = export;
		this.municipalities = municipalities;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) SearchResult.Sort sort,
			@RequestParam(required = false) Integer page, Model model, Locale locale) {
		model.addAttribute("q", q);
		SearchResult result = queries.search(CurrentTenant.require(), q, locale, sort, ResultPage.safePage(page), PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("hits", result.hits());
		model.addAttribute("searched", q != null && q.trim().length() >= 2);
		model.addAttribute("sorts", SearchResult.Sort.values());
		return "registry/search";
	}

	@GetMapping(params = "fragment")
	String results(@RequestParam(required = false) String q, @RequestParam(required = false) SearchResult.Sort sort,
			Model model, Locale locale) {
		search(q, sort, 0, model, locale);
		return "registry/search :: results";
	}

	/** The matches of a search as a spreadsheet, in the order shown (at most 1,000 rows). */
	@GetMapping("/search.xlsx")
	void exportSearch(@RequestParam(required = false) String q, @RequestParam(required = false) SearchResult.Sort sort,
			HttpServletResponse response, Locale locale) throws IOException {
		Tenant t = CurrentTenant.require();
		SearchResult result = queries.search(t, q, locale, sort, 0, RegistryQueries.MAX_MATCHES);
		export.auditSearchExport(t, q, result.total());
		List<String> headers = List.of(msg("registry.person.fullName", locale), msg("registry.person.birthDate", locale),
				msg("registry.person.pin", locale), msg("municipality.village", locale), msg("registry.household.address", locale),
				msg("registry.household.bookNumber", locale), msg("registry.member.relation", locale));
		Xlsx.write(Xlsx.attachment(response, "search.xlsx"), "search", headers, result.hits(), h -> List.of(h.fullName(),
				Formats.date(h.birthDate()), h.pin() == null ? "" : h.pin(), h.village() == null ? "" : h.village(),
				h.address() == null ? "" : h.address(), h.bookNumber() == null ? "" : h.bookNumber(),
				h.relation() == null ? "" : msg("registry.relation." + h.relation(), locale)));
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	@GetMapping("/households/new")
	@PreAuthorize("hasRole('REGISTRAR')")
	String newHousehold(Model model) {
		return form(Map.of("registeredOn", LocalDate.now(clock.withZone(Formats.BISHKEK)).toString(), "citizenship", "KGZ"), model);
	}

	@PostMapping("/households")
	@PreAuthorize("hasRole('REGISTRAR')")
	String register(@RequestParam Map<String, String> form, Model model, Locale locale, RedirectAttributes redirect) {
		try {
			HouseholdInfo created = book.register(CurrentTenant.require(), new NewHousehold(form.get("bookNumber"),
					Forms.number(form, "villageId"), form.get("street"), form.get("house"), form.get("apartment"),
					form.get("dwelling"), form.get("buildings"), Forms.date(form, "registeredOn"), Forms.person(form)));
			redirect.addFlashAttribute("notice", "registry.household.created");
			return "redirect:/registry/households/" + created.id();
		}
		catch (InvalidInputException e) {
			Forms.rejected(model, "household", e, form, messages, locale);
			return form(form, model);
		}
	}

	@GetMapping("/export.xlsx")
	@PreAuthorize("hasAnyRole('REGISTRAR', 'HEAD', 'AUDITOR')")
	void exportXlsx(HttpServletResponse response, Locale locale) throws IOException {
		Tenant t = CurrentTenant.require();
		export.write(t, Xlsx.attachment(response, "household-book.xlsx"), locale);
	}

	private String form(Map<String, String> typed, Model model) {
		model.addAttribute("villages", municipalities.villages(CurrentTenant.require().requireMunicipality()));
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", typed);
		}
		return "registry/household-new";
	}
}
