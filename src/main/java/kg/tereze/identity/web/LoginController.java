package kg.tereze.identity.web;

import kg.tereze.shared.CurrentTenant;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return CurrentTenant.find().isPresent() ? "redirect:/" : "identity/login";
	}
}
