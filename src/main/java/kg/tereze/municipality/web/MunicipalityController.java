package kg.tereze.municipality.web;

import java.util.Locale;

import kg.tereze.municipality.Enterprise;
import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.NewEnterprise;
import kg.tereze.municipality.Signatories;
import kg.tereze.municipality.SigningKeys;
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

	private final Signatories signatories;

	private final SigningKeys keys;

	private final MessageSource messages;

	MunicipalityController(Municipalities municipalities, Signatories signatories, SigningKeys keys,
			MessageSource messages) {
		this.municipalities = municipalities;
		this.signatories = signatories;
		this.keys = keys;
		this.messages = messages;
	}

	@GetMapping("/municipality")
	String show(Model model) {
		long id = CurrentTenant.require().requireMunicipality();
		model.addAttribute("municipality", municipalities.require(id));
		model.addAttribute("villages", municipalities.villages(id));
		model.addAttribute("enterprises", municipalities.enterprises(id));
		model.addAttribute("kinds", Enterprise.Kind.values());
		model.addAttribute("signatories", signatories.history(id));
		model.addAttribute("keys", keys.published(id));
		return "municipality/municipality";
	}

	@PostMapping("/municipality/signatory")
	@PreAuthorize("hasRole('ADMIN')")
	String appoint(@RequestParam(required = false) String fullName, @RequestParam(required = false) String positionKy,
			@RequestParam(required = false) String positionRu, Model model, Locale locale, RedirectAttributes redirect) {
		long id = CurrentTenant.require().requireMunicipality();
		try {
			signatories.appoint(id, fullName, positionKy, positionRu);
		}
		catch (InvalidInputException e) {
			model.addAttribute("signatoryErrorField", e.field());
			model.addAttribute("signatoryError", messages.getMessage(e.messageKey(), e.args(), locale));
			model.addAttribute("typedSignatory", new TypedSignatory(fullName, positionKy, positionRu));
			return show(model);
		}
		redirect.addFlashAttribute("notice", "municipality.signatory.appointed");
		return "redirect:/municipality";
	}

	/** A suspected leak: the current key is retired (it still verifies what it signed) and a new one signs from now on. */
	@PostMapping("/municipality/signing-key")
	@PreAuthorize("hasRole('ADMIN')")
	String rotateKey(RedirectAttributes redirect) {
		keys.rotate(CurrentTenant.require().requireMunicipality());
		redirect.addFlashAttribute("notice", "municipality.signingKey.rotated");
		return "redirect:/municipality";
	}

	record TypedSignatory(String fullName, String positionKy, String positionRu) {
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
		redirect.addFlashAttribute("notice", "municipality.enterprise.created");
		return "redirect:/municipality";
	}

	record TypedEnterprise(String code, String nameKy, String nameRu, String nameEn, Enterprise.Kind kind,
			boolean servesWholeDistrict) {
	}

	private static String trim(String s) {
		return s == null ? null : s.trim();
	}
}
