package kg.tereze.appeals.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.appeals.internal.Open311Keys;
import kg.tereze.municipality.Municipalities;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.FormErrors;
import kg.tereze.shared.InvalidInputException;

import org.springframework.beans.factory.annotation.Value;
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

/** Open311 clients' keys: issued by the administrator and shown in the answer itself, once; withdrawn at will. */
@Controller
@RequestMapping("/appeals/open311-keys")
@PreAuthorize("hasAnyRole('ADMIN', 'HEAD', 'AUDITOR')")
class Open311KeysController {

	private final Open311Keys keys;

	private final Municipalities municipalities;

	private final MessageSource messages;

	private final String publicUrl;

	Open311KeysController(Open311Keys keys, Municipalities municipalities, MessageSource messages,
			@Value("${tereze.public-url}") String publicUrl) {
		this.keys = keys;
		this.municipalities = municipalities;
		this.messages = messages;
		this.publicUrl = publicUrl;
	}

	@GetMapping
	String list(Model model) {
		var t = CurrentTenant.require();
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of());
		}
		model.addAttribute("keys", keys.of(t));
		model.addAttribute("jurisdiction", municipalities.require(t.requireMunicipality()).soateCode());
		model.addAttribute("publicUrl", publicUrl);
		return "appeals/open311-keys";
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	String issue(@RequestParam Map<String, String> form, Model model, HttpServletResponse response, Locale locale) {
		try {
			model.addAttribute("issued", keys.issue(CurrentTenant.require(), form.get("name")));
		}
		catch (InvalidInputException e) {
			FormErrors.show("key-form", e, form, model, response, messages, locale);
		}
		return list(model);
	}

	@PostMapping("/{id}/revoke")
	@PreAuthorize("hasRole('ADMIN')")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		keys.revoke(CurrentTenant.require(), id);
		redirect.addFlashAttribute("notice", "appeals.key.revoked");
		return "redirect:/appeals/open311-keys";
	}
}
