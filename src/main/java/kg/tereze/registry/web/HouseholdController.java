package kg.tereze.registry.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kg.tereze.municipality.Municipalities;
import kg.tereze.registry.EventKind;
import kg.tereze.registry.internal.HouseholdBook;
import kg.tereze.registry.LandKind;
import kg.tereze.registry.LivestockCount;
import kg.tereze.registry.internal.NewHousehold;
import kg.tereze.registry.internal.NewLandPlot;
import kg.tereze.registry.internal.NewMember;
import kg.tereze.registry.RegistryQueries;
import kg.tereze.registry.Relation;
import kg.tereze.registry.internal.Residents;
import kg.tereze.registry.Tenure;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.Formats;
import kg.tereze.shared.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The household card (as of any date) and what the registry keeper records on it. */
@Controller
@RequestMapping("/registry/households/{id}")
@PreAuthorize("hasAnyRole('REGISTRAR', 'CLERK', 'HEAD', 'AUDITOR')")
class HouseholdController {

	/** One action on the card: it either succeeds or throws the rule it broke. */
	private interface Action {
		void run();
	}

	private final RegistryQueries queries;

	private final HouseholdBook book;

	private final Residents residents;

	private final MessageSource messages;

	private final Clock clock;

	private final Municipalities municipalities;

	HouseholdController(RegistryQueries queries, HouseholdBook book, Residents residents, MessageSource messages,
			Clock clock, Municipalities municipalities) {
		this.municipalities = municipalities;
		this.clock = clock;
		this.queries = queries;
		this.book = book;
		this.residents = residents;
		this.messages = messages;
	}

	@GetMapping
	String card(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Model model) {
		model.addAttribute("card", queries.card(CurrentTenant.require(), id, asOf));
		model.addAttribute("villages", municipalities.villages(CurrentTenant.require().requireMunicipality()));
		model.addAttribute("relations", Relation.values());
		model.addAttribute("landKinds", LandKind.values());
		model.addAttribute("tenures", Tenure.values());
		model.addAttribute("waysIn", List.of(EventKind.BORN, EventKind.MOVED_IN, EventKind.REGISTERED));
		model.addAttribute("actions", List.of("move-out", "death", "marriage"));
		model.addAttribute("livestockKinds", List.of("cattle", "horses", "sheepGoats", "yaks", "poultry"));
		model.addAttribute("today", LocalDate.now(clock.withZone(Formats.BISHKEK)));
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of());
		}
		return "registry/household";
	}

	@PostMapping("/members")
	@PreAuthorize("hasRole('REGISTRAR')")
	String addMember(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale,
			RedirectAttributes redirect) {
		return act(id, "member", form, model, locale, redirect, () -> residents.addMember(CurrentTenant.require(), id,
				new NewMember(Forms.person(form), null, Forms.choice(form, "relation", Relation.class),
						Forms.choice(form, "how", EventKind.class), Forms.date(form, "date"), form.get("from"))));
	}

	@PostMapping("/move-out")
	@PreAuthorize("hasRole('REGISTRAR')")
	String moveOut(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale,
			RedirectAttributes redirect) {
		return act(id, "event", form, model, locale, redirect, () -> residents.moveOut(CurrentTenant.require(),
				person(form), Forms.date(form, "date"), form.get("note")));
	}

	@PostMapping("/death")
	@PreAuthorize("hasRole('REGISTRAR')")
	String death(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale,
			RedirectAttributes redirect) {
		return act(id, "event", form, model, locale, redirect,
				() -> residents.recordDeath(CurrentTenant.require(), person(form), Forms.date(form, "date")));
	}

	@PostMapping("/marriage")
	@PreAuthorize("hasRole('REGISTRAR')")
	String marriage(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale,
			RedirectAttributes redirect) {
		return act(id, "event", form, model, locale, redirect, () -> residents.recordMarriage(CurrentTenant.require(),
				person(form), Forms.date(form, "date"), form.get("note")));
	}

	@PostMapping("/head")
	@PreAuthorize("hasRole('REGISTRAR')")
	String head(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale,
			RedirectAttributes redirect) {
		return act(id, "head", form, model, locale, redirect, () -> book.changeHead(CurrentTenant.require(), id,
				person(form), Forms.choice(form, "formerHeadRelation", Relation.class), Forms.date(form, "date")));
	}

	@PostMapping("/address")
	@PreAuthorize("hasRole('REGISTRAR')")
	String address(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale,
			RedirectAttributes redirect) {
		return act(id, "address", form, model, locale, redirect, () -> book.changeAddress(CurrentTenant.require(), id,
				new NewHousehold(null, Forms.number(form, "villageId"), form.get("street"), form.get("house"),
						form.get("apartment"), form.get("dwelling"), form.get("buildings"), Forms.date(form, "date"), null)));
	}

	@PostMapping("/land")
	@PreAuthorize("hasRole('REGISTRAR')")
	String land(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale,
			RedirectAttributes redirect) {
		return act(id, "land", form, model, locale, redirect, () -> book.addLand(CurrentTenant.require(), id,
				new NewLandPlot(form.get("cadastralNumber"), Forms.decimal(form, "areaHa"), Forms.choice(form, "kind", LandKind.class),
						Forms.choice(form, "tenure", Tenure.class), Forms.date(form, "since"))));
	}

	@PostMapping("/land/end")
	@PreAuthorize("hasRole('REGISTRAR')")
	String endLand(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale,
			RedirectAttributes redirect) {
		return act(id, "land", form, model, locale, redirect, () -> book.removeLand(CurrentTenant.require(), id,
				required(Forms.number(form, "plotId"), "plotId"), Forms.date(form, "date")));
	}

	@PostMapping("/livestock")
	@PreAuthorize("hasRole('REGISTRAR')")
	String livestock(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale,
			RedirectAttributes redirect) {
		return act(id, "livestock", form, model, locale, redirect, () -> {
			LocalDate on = Forms.date(form, "countedOn");
			book.countLivestock(CurrentTenant.require(), id, new LivestockCount(on == null ? 0 : on.getYear(), on,
					Forms.count(form, "cattle"), Forms.count(form, "horses"), Forms.count(form, "sheepGoats"),
					Forms.count(form, "yaks"), Forms.count(form, "poultry")));
		});
	}

	private String act(long id, String formName, Map<String, String> form, Model model, Locale locale,
			RedirectAttributes redirect, Action action) {
		try {
			action.run();
		}
		catch (InvalidInputException e) {
			Forms.rejected(model, formName, e, form, messages, locale);
			return card(id, null, model);
		}
		redirect.addFlashAttribute("notice", "web.common.saved");
		return "redirect:/registry/households/" + id;
	}

	private static long person(Map<String, String> form) {
		return required(Forms.number(form, "personId"), "personId");
	}

	private static long required(Long value, String field) {
		if (value == null) {
			throw new InvalidInputException(field, "registry.error.choice");
		}
		return value;
	}
}
