package kg.tereze.web.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.municipality.Municipalities;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Languages;
import kg.tereze.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The first-run page: on an empty database every page leads here until the system administrator, the
 * municipality and its administrator exist; then this page is gone (404).
 */
@Controller
@RequestMapping("/setup")
class SetupController {

	private final FirstRun firstRun;

	private final Municipalities municipalities;

	private final MessageSource messages;

	SetupController(FirstRun firstRun, Municipalities municipalities, MessageSource messages) {
		this.firstRun = firstRun;
		this.municipalities = municipalities;
		this.messages = messages;
	}

	@GetMapping
	String form(Model model, Locale locale) {
		requireNeeded();
		return page(model, new HashMap<>(), locale);
	}

	@PostMapping
	String complete(@RequestParam Map<String, String> form, Model model, Locale locale, HttpServletResponse response) {
		requireNeeded();
		try {
			firstRun.complete(new FirstRun.Setup(form.get("sysadminUsername"), form.get("sysadminName"),
					form.get("sysadminPassword"), form.get("soateCode"), form.get("code"), form.get("adminUsername"),
					form.get("adminName"), form.get("adminPassword"), locale.getLanguage()));
			return "redirect:/login?setup";
		}
		catch (InvalidInputException e) {
			response.setStatus(400);
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.args(), locale));
			return page(model, form, locale);
		}
	}

	private String page(Model model, Map<String, String> form, Locale locale) {
		model.addAttribute("form", form);
		model.addAttribute("units", municipalities.searchUnits("", 1000).stream()
			.sorted(Comparator.comparing(u -> u.name().in(locale))).toList());
		return "web/setup";
	}

	private void requireNeeded() {
		if (!firstRun.needed()) {
			throw new NotFoundException("setup");
		}
	}

	/** Sends every page to the setup while it is needed; assets, errors and the setup itself pass. */
	static HandlerInterceptor redirectUntilDone(FirstRun firstRun) {
		return new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws java.io.IOException {
				if (firstRun.needed()) {
					// the language asked for goes along
					String lang = request.getParameter("lang");
					boolean known = Languages.supported(lang);
					response.sendRedirect(request.getContextPath() + "/setup" + (known ? "?lang=" + lang : ""));
					return false;
				}
				return true;
			}
		};
	}
}
