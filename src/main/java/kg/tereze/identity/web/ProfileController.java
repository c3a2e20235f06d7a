package kg.tereze.identity.web;

import java.util.Locale;

import kg.tereze.identity.ApiTokens;
import kg.tereze.identity.CreatedApiToken;
import kg.tereze.identity.StaffUsers;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Tenant;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own page: password, API tokens. */
@Controller
class ProfileController {

	private final StaffUsers users;

	private final ApiTokens tokens;

	private final MessageSource messages;

	ProfileController(StaffUsers users, ApiTokens tokens, MessageSource messages) {
		this.users = users;
		this.tokens = tokens;
		this.messages = messages;
	}

	@GetMapping("/profile")
	String profile(Model model) {
		Tenant me = CurrentTenant.require();
		model.addAttribute("user", users.findByUsername(me.username()).orElseThrow());
		model.addAttribute("tokens", tokens.of(me));
		return "identity/profile";
	}

	@PostMapping("/profile/password")
	String changePassword(@RequestParam(required = false) String currentPassword,
			@RequestParam(required = false) String newPassword, @RequestParam(required = false) String repeatPassword,
			Model model, Locale locale, RedirectAttributes redirect) {
		try {
			users.changeOwnPassword(CurrentTenant.require(), currentPassword, newPassword, repeatPassword);
		}
		catch (InvalidInputException e) {
			model.addAttribute("passwordError", e.field());
			model.addAttribute("passwordMessage", messages.getMessage(e.messageKey(), e.args(), locale));
			return profile(model);
		}
		redirect.addFlashAttribute("notice", "identity.profile.passwordChanged");
		return "redirect:/profile";
	}

	@PostMapping("/profile/tokens")
	String createToken(@RequestParam(required = false) String name, Model model, Locale locale,
			RedirectAttributes redirect) {
		try {
			CreatedApiToken created = tokens.create(CurrentTenant.require(), name);
			redirect.addFlashAttribute("newToken", created.secret());
		}
		catch (InvalidInputException e) {
			model.addAttribute("tokenName", name);
			model.addAttribute("tokenMessage", messages.getMessage(e.messageKey(), e.args(), locale));
			return profile(model);
		}
		return "redirect:/profile";
	}

	@PostMapping("/profile/tokens/{id}/revoke")
	String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
		tokens.revoke(CurrentTenant.require(), id);
		redirect.addFlashAttribute("notice", "identity.profile.tokenRevoked");
		return "redirect:/profile";
	}
}
