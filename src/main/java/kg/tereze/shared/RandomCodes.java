package kg.tereze.shared;

import java.security.SecureRandom;
import java.util.Base64;

/** Secrets and public codes nobody can guess: verification codes, passwords, tokens, file names. */
public final class RandomCodes {

	private static final SecureRandom RANDOM = new SecureRandom();

	private RandomCodes() {
	}

	/** {@code length} characters, each drawn alike from {@code alphabet}. */
	public static String of(String alphabet, int length) {
		char[] code = new char[length];
		for (int i = 0; i < length; i++) {
			code[i] = alphabet.charAt(RANDOM.nextInt(alphabet.length()));
		}
		return new String(code);
	}

	/** {@code bytes} random bytes as URL-safe Base64 without padding. */
	public static String urlSafe(int bytes) {
		byte[] b = new byte[bytes];
		RANDOM.nextBytes(b);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
	}
}
