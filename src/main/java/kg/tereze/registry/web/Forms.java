package kg.tereze.registry.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import kg.tereze.registry.PersonData;
import kg.tereze.shared.FormFields;
import kg.tereze.shared.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/** Reading typed form fields, and showing a broken rule next to the form with everything kept as typed. */
final class Forms {

	private Forms() {
	}

	static PersonData person(Map<String, String> form) {
		return new PersonData(form.get("pin"), form.get("surname"), form.get("givenName"), form.get("patronymic"),
				date(form, "birthDate"), form.get("sex"), form.get("citizenship"), form.get("idDocument"), form.get("phone"));
	}

	static LocalDate date(Map<String, String> form, String field) {
		return FormFields.date(form, field);
	}

	static Long number(Map<String, String> form, String field) {
		return FormFields.number(form, field);
	}

	static int count(Map<String, String> form, String field) {
		Long n = number(form, field);
		if (n != null && (n < 0 || n > 100_000)) {
			throw new InvalidInputException(field, "registry.error.count");
		}
		return n == null ? 0 : n.intValue();
	}

	static BigDecimal decimal(Map<String, String> form, String field) {
		String value = form.get(field);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.trim().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException(field, "registry.error.area");
		}
	}

	static <E extends Enum<E>> E choice(Map<String, String> form, String field, Class<E> type) {
		return FormFields.choice(form, field, type);
	}

	/** Puts the broken rule and the typed values in the model, for the form named {@code form}. */
	static void rejected(Model model, String form, InvalidInputException e, Map<String, String> typed,
			MessageSource messages, Locale locale) {
		model.addAttribute("errorForm", form);
		model.addAttribute("errorField", e.field());
		model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
		model.addAttribute("typed", typed);
	}
}
