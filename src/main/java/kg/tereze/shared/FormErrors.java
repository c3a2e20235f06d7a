package kg.tereze.shared;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/** A refused form comes back with its error next to it and everything as it was typed (status 400). */
public final class FormErrors {

	private FormErrors() {
	}

	public static void show(String formId, InvalidInputException e, Map<String, String> typed, Model model,
			HttpServletResponse response, MessageSource messages, Locale locale) {
		response.setStatus(400);
		model.addAttribute("errorForm", formId);
		model.addAttribute("errorField", e.field());
		model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
		model.addAttribute("typed", typed);
	}
}
