package kg.tereze.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a token. Tokens are 256 random bits, so a fast unsalted hash is enough (unlike
 * passwords) and lets a request find its token with one indexed lookup.
 */
public final class TokenHash {

	private TokenHash() {
	}

	public static String of(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
