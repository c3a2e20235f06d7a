package kg.tereze.municipality.web;

import java.util.Locale;

import kg.tereze.municipality.Enterprise;
import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.NewEnterprise;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.LocalizedName;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own municipality: its villages and enterprises. */
@Controller
class MunicipalityController {

	private final Municipalities municipalities;

	private final MessageSource messages;

	MunicipalityController(Municipalities municipalities, MessageSource messages) {
		this.municipalities = municipalities;
		this.messages = messages;
	}

	@GetMapping("/municipality")
	String show(Model model) {
		long id = CurrentTenant.require().requireMunicipality();
		model.addAttribute("municipality", municipalities.require(id));
		model.addAttribute("villages", municipalities.villages(id));
		model.addAttribute("enterprises", municipalities.enterprises(id));
		model.addAttribute("kinds", Enterprise.Kind.values());
		return "municipality/municipality";
	}

	@PostMapping("/municipality/enterprises")
	@PreAuthorize("hasRole('ADMIN')")
	String addEnterprise(@RequestParam(required = false) String code, @RequestParam(required = false) String nameKy,
			@RequestParam(required = false) String nameRu, @RequestParam(required = false) String nameEn,
			@RequestParam(required = false) Enterprise.Kind kind,
			@RequestParam(defaultValue = "false") boolean servesWholeDistrict, Model model, Locale locale,
			RedirectAttributes redirect) {
		long id = CurrentTenant.require().requireMunicipality();
		String upper = code == null ? null : code.trim().toUpperCase(Locale.ROOT);
		try {
			municipalities.registerEnterprise(id, new NewEnterprise(upper,
					new LocalizedName(trim(nameKy), trim(nameRu), trim(nameEn)), kind, servesWholeDistrict));
		}
		catch (InvalidInputException e) {
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.args(), locale));
			model.addAttribute("typed", new TypedEnterprise(code, nameKy, nameRu, nameEn, kind, servesWholeDistrict));
			return show(model);
		}
		redirect.addFlashAttribute("notice", "enterprise.created");
		return "redirect:/municipality";
	}

	record TypedEnterprise(String code, String nameKy, String nameRu, String nameEn, Enterprise.Kind kind,
			boolean servesWholeDistrict) {
	}

	private static String trim(String s) {
		return s == null ? null : s.trim();
	}
}
