package kg.tereze.shared;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Personal identification number: a sex digit (1 female, 2 male), the birth date as DDMMYYYY and
 * a five-digit serial. There is no public checksum, so the structure and the date are all that can
 * be checked.
 */
public record Pin(String value) {

	public enum Sex { FEMALE, MALE }

	public Pin {
		if (!isWellFormed(value)) {
			throw new IllegalArgumentException("invalid PIN");
		}
	}

	public static boolean isWellFormed(String value) {
		if (value == null || value.length() != 14 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return false;
		}
		if (value.charAt(0) != '1' && value.charAt(0) != '2') {
			return false;
		}
		return dateOf(value) != null;
	}

	public LocalDate birthDate() {
		return dateOf(value);
	}

	public Sex sex() {
		return value.charAt(0) == '1' ? Sex.FEMALE : Sex.MALE;
	}

	private static LocalDate dateOf(String value) {
		try {
			int day = Integer.parseInt(value.substring(1, 3));
			int month = Integer.parseInt(value.substring(3, 5));
			int year = Integer.parseInt(value.substring(5, 9));
			if (year < 1900) {
				return null;
			}
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException | NumberFormatException e) {
			return null;
		}
	}

	@Override
	public String toString() {
		return value;
	}
}
