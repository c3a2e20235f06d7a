package kg.tereze.registry.web;

import java.util.Locale;
import java.util.Map;

import kg.tereze.registry.PersonCard;
import kg.tereze.registry.RegistryQueries;
import kg.tereze.registry.internal.Residents;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.InvalidInputException;

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

/** A person's card: what the book records of them, and its correction. Every view is audited. */
@Controller
@RequestMapping("/registry/persons/{id}")
@PreAuthorize("hasAnyRole('REGISTRAR', 'CLERK', 'HEAD', 'AUDITOR')")
class PersonController {

	private final RegistryQueries queries;

	private final Residents residents;

	private final MessageSource messages;

	PersonController(RegistryQueries queries, Residents residents, MessageSource messages) {
		this.queries = queries;
		this.residents = residents;
		this.messages = messages;
	}

	@GetMapping
	String show(@PathVariable long id, Model model) {
		PersonCard person = queries.person(CurrentTenant.require(), id);
		model.addAttribute("person", person);
		if (!model.containsAttribute("typed")) {
			var d = person.data();
			model.addAttribute("typed", Map.of("pin", nz(d.pin()), "surname", d.surname(), "givenName", d.givenName(),
					"patronymic", nz(d.patronymic()), "birthDate", d.birthDate().toString(), "sex", d.sex(),
					"citizenship", d.citizenship(), "idDocument", nz(d.idDocument()), "phone", nz(d.phone())));
		}
		return "registry/person";
	}

	@PostMapping
	@PreAuthorize("hasRole('REGISTRAR')")
	String correct(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale,
			RedirectAttributes redirect) {
		try {
			residents.correct(CurrentTenant.require(), id, Forms.person(form));
		}
		catch (InvalidInputException e) {
			Forms.rejected(model, "person", e, form, messages, locale);
			return show(id, model);
		}
		redirect.addFlashAttribute("notice", "web.common.saved");
		return "redirect:/registry/persons/" + id;
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
