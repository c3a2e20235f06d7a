package kg.tereze.shared;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/** A refused form comes back with its error next to it and everything as it was typed (status 400). */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * A list page's rows ({@code result}) as its filter asks, or the filter refused with what was typed:
	 * every filtered list answers a bad filter the same way.
	 */
	public static void listOrShow(String formId, Map<String, String> query, Supplier<?> result, Model model,
			HttpServletResponse response, MessageSource messages, Locale locale) {
		try {
			model.addAttribute("result", result.get());
		}
		catch (InvalidInputException e) {
			show(formId, e, query, model, response, messages, locale);
		}
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
