package kg.tereze.municipality.web;

import java.util.Locale;

import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.Municipality;
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

/**
 * The system administrator's page: every municipality, and the activation of a new one from the
 * classifier, followed by the creation of its first administrator.
 */
@Controller
@RequestMapping("/sysadmin/municipalities")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class SysadminMunicipalitiesController {

	private final Municipalities municipalities;

	private final MessageSource messages;

	SysadminMunicipalitiesController(Municipalities municipalities, MessageSource messages) {
		this.municipalities = municipalities;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("municipalities", municipalities.all());
		model.addAttribute("q", q);
		if (q != null && !q.isBlank()) {
			model.addAttribute("units", municipalities.searchUnits(q, 30));
		}
		return "municipality/sysadmin";
	}

	/** The classifier search results alone, for htmx to swap in while the administrator types. */
	@GetMapping(params = "fragment")
	String search(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("units", q == null || q.isBlank() ? java.util.List.of() : municipalities.searchUnits(q, 30));
		return "municipality/sysadmin :: units";
	}

	@PostMapping
	String activate(@RequestParam(required = false) String soateCode, @RequestParam(required = false) String code,
			@RequestParam(required = false) String q, Model model, Locale locale, RedirectAttributes redirect) {
		try {
			String upper = code == null ? null : code.trim().toUpperCase(Locale.ROOT);
			Municipality m = municipalities.activate(soateCode, upper);
			redirect.addFlashAttribute("notice", "municipality.activated");
			return "redirect:/admin/users/new?role=ADMIN&municipalityId=" + m.id();
		}
		catch (InvalidInputException e) {
			model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.args(), locale));
			model.addAttribute("typedSoate", soateCode);
			model.addAttribute("typedCode", code);
			return list(q, model);
		}
	}

	@PostMapping("/{id}/active")
	String setActive(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
		municipalities.setActive(id, active);
		redirect.addFlashAttribute("notice", "web.common.saved");
		return "redirect:/sysadmin/municipalities";
	}
}
