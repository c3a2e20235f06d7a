package kg.tereze.registry.internal;

import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;

/**
 * The columns of the household book as a spreadsheet: one row per person, households grouped by
 * their book number. The export writes them and the import reads them, so an exported file can be
 * imported elsewhere. Headers are in the user's language; the import knows them in all three.
 */
public enum RegisterColumn {
	BOOK_NUMBER, VILLAGE, STREET, HOUSE, APARTMENT, REGISTERED_ON, RELATION, SURNAME, GIVEN_NAME, PATRONYMIC, BIRTH_DATE,
	SEX, PIN, CITIZENSHIP, PHONE;

	public String header(MessageSource messages, Locale locale) {
		return messages.getMessage("registry.column." + name(), null, name(), locale);
	}

	/** The column a header names, in any of the three languages or as the plain column name. */
	public static Optional<RegisterColumn> ofHeader(String header, MessageSource messages) {
		String h = header == null ? "" : header.trim().replace("*", "").trim();
		for (RegisterColumn c : values()) {
			if (c.name().equalsIgnoreCase(h)) {
				return Optional.of(c);
			}
			for (String lang : new String[] { "ky", "ru", "en" }) {
				if (c.header(messages, Locale.forLanguageTag(lang)).equalsIgnoreCase(h)) {
					return Optional.of(c);
				}
			}
		}
		return Optional.empty();
	}
}
