package kg.tereze.registry.internal;

import kg.tereze.registry.PersonData;
import java.time.LocalDate;

import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Pin;

/** The checks every person record passes before it is stored. Each broken rule names its field. */
public final class PersonRules {

	private PersonRules() {
	}

	/** Returns the record cleaned (trimmed, PIN without spaces, citizenship upper case). */
	public static PersonData check(PersonData p, LocalDate today) {
		if (p == null) {
			throw new InvalidInputException("person", "registry.error.person");
		}
		String surname = required("surname", p.surname());
		String given = required("givenName", p.givenName());
		String patronymic = optional("patronymic", p.patronymic(), 100);
		if (p.birthDate() == null) {
			throw new InvalidInputException("birthDate", "registry.error.birthDate");
		}
		if (p.birthDate().isAfter(today)) {
			throw new InvalidInputException("birthDate", "registry.error.birthDateFuture");
		}
		if (p.birthDate().isBefore(LocalDate.of(1900, 1, 1))) {
			throw new InvalidInputException("birthDate", "registry.error.birthDate");
		}
		String sex = p.sex() == null ? "" : p.sex().trim().toUpperCase();
		if (!sex.equals("F") && !sex.equals("M")) {
			throw new InvalidInputException("sex", "registry.error.sex");
		}
		String citizenship = p.citizenship() == null || p.citizenship().isBlank() ? "KGZ" : p.citizenship().trim().toUpperCase();
		if (!citizenship.matches("[A-Z]{3}")) {
			throw new InvalidInputException("citizenship", "registry.error.citizenship");
		}
		String pin = p.pin() == null ? "" : p.pin().replaceAll("\\s", "");
		if (pin.isEmpty()) {
			if (citizenship.equals("KGZ") && p.birthDate().isBefore(today.minusYears(1))) {
				throw new InvalidInputException("pin", "registry.error.pinRequired");
			}
			pin = null;
		}
		else {
			checkPin(pin, p.birthDate(), sex);
		}
		String phone = optional("phone", p.phone(), 30);
		if (phone != null && !phone.matches("\\+?[0-9 ()-]{6,30}")) {
			throw new InvalidInputException("phone", "registry.error.phone");
		}
		return new PersonData(pin, surname, given, patronymic, p.birthDate(), sex, citizenship,
				optional("idDocument", p.idDocument(), 50), phone);
	}

	/** The PIN's structure, date and sex digit must agree with what was typed for the person. */
	static void checkPin(String pin, LocalDate birthDate, String sex) {
		if (!Pin.isWellFormed(pin)) {
			throw new InvalidInputException("pin", "registry.error.pin");
		}
		Pin parsed = new Pin(pin);
		if (!parsed.birthDate().equals(birthDate)) {
			throw new InvalidInputException("pin", "registry.error.pinBirthDate");
		}
		if ((parsed.sex() == Pin.Sex.FEMALE) != sex.equals("F")) {
			throw new InvalidInputException("pin", "registry.error.pinSex");
		}
	}

	private static String required(String field, String value) {
		String v = value == null ? "" : value.trim().replaceAll("\\s+", " ");
		if (v.isEmpty() || v.length() > 100) {
			throw new InvalidInputException(field, "registry.error.name");
		}
		return v;
	}

	private static String optional(String field, String value, int max) {
		String v = value == null ? "" : value.trim().replaceAll("\\s+", " ");
		if (v.length() > max) {
			throw new InvalidInputException(field, "registry.error.tooLong", max);
		}
		return v.isEmpty() ? null : v;
	}
}
