package kg.tereze.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Reads typed form fields: a blank field is null, and a field that does not parse is refused with the
 * field's name and a message every page shares (in the web bundle).
 */
public final class FormFields {

	private FormFields() {
	}

	public static LocalDate date(Map<String, String> form, String field) {
		String v = blankToNull(form.get(field));
		try {
			return v == null ? null : LocalDate.parse(v);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, "web.form.error.date");
		}
	}

	/**
	 * A month as YYYY-MM, or null when it is blank or does not parse: for a service that refuses a
	 * missing month itself, after finding the record it belongs to.
	 */
	public static YearMonth month(String text) {
		try {
			return text == null || text.isBlank() ? null : YearMonth.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	/** The constant of that name, or null: for a service that refuses it itself, after finding the record. */
	public static <E extends Enum<E>> E named(Class<E> type, String name) {
		try {
			return name == null ? null : Enum.valueOf(type, name.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	public static YearMonth month(Map<String, String> form, String field) {
		String v = blankToNull(form.get(field));
		try {
			return v == null ? null : YearMonth.parse(v);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, "web.form.error.month");
		}
	}

	public static Long number(Map<String, String> form, String field) {
		String v = blankToNull(form.get(field));
		try {
			return v == null ? null : Long.parseLong(v);
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException(field, "web.form.error.number");
		}
	}

	/** A decimal typed with a point or a comma ("12,5"), spaces between digit groups allowed. */
	public static java.math.BigDecimal decimal(Map<String, String> form, String field) {
		String v = blankToNull(form.get(field));
		try {
			return v == null ? null : new java.math.BigDecimal(v.replace(',', '.').replaceAll("[\\s\u00a0]", ""));
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException(field, "web.form.error.number");
		}
	}

	public static <E extends Enum<E>> E choice(Map<String, String> form, String field, Class<E> type) {
		String v = blankToNull(form.get(field));
		try {
			return v == null ? null : Enum.valueOf(type, v);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(field, "web.form.error.choice");
		}
	}

	public static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
