package kg.tereze.certificates.internal;

import kg.tereze.shared.RandomCodes;

/**
 * Random public codes for the verification link: 12 characters of an alphabet without look-alikes
 * (no I, L, O, U), 60 bits, so that codes cannot be guessed or walked through.
 */
public final class VerificationCodes {

	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private VerificationCodes() {
	}

	public static String next() {
		return RandomCodes.of(ALPHABET, 12);
	}

	/** As typed by a person: case and dashes ignored, look-alikes read as the digits they resemble. */
	public static String normalise(String typed) {
		if (typed == null) {
			return "";
		}
		String s = typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "")
			.replace('O', '0').replace('I', '1').replace('L', '1');
		return s.matches("[0-9A-Z]{12}") ? s : "";
	}
}
