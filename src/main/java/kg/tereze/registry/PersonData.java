package kg.tereze.registry;

import java.time.LocalDate;

/**
 * What the household book records of a person. {@code pin} may be empty only for a foreign citizen
 * or a newborn whose PIN is not issued yet. {@code sex} is F or M.
 */
public record PersonData(String pin, String surname, String givenName, String patronymic, LocalDate birthDate,
		String sex, String citizenship, String idDocument, String phone) {

	public String fullName() {
		return String.join(" ", surname, givenName, patronymic == null ? "" : patronymic).trim();
	}
}
