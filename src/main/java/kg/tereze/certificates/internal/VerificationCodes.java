package kg.tereze.certificates.internal;

import java.security.SecureRandom;

/**
 * Random public codes for the verification link: 12 characters of an alphabet without look-alikes
 * (no I, L, O, U), 60 bits, so that codes cannot be guessed or walked through.
 */
public final class VerificationCodes {

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private VerificationCodes() {
	}

	public static String next() {
		char[] code = new char[12];
		for (int i = 0; i < code.length; i++) {
			code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
		}
		return new String(code);
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
