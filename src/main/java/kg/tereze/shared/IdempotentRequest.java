package kg.tereze.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A request from outside under the key its sender gave. The key is scoped by municipality
 * ({@code 0} for a scope wider than one, such as a payment agent) and by kind
 * ({@code payments.cash}, {@code billing.reading}, …); the fingerprint is made of the request's
 * meaningful fields, so that the same key with other fields is told apart from a repeat.
 *
 * @param reusedMessage the message-bundle key shown when the key comes back with another request
 */
public record IdempotentRequest(long scope, String kind, String key, String fingerprint, String reusedMessage) {

	public static final String FIELD = "idempotencyKey";

	static final int MAX_KEY = 100;

	/**
	 * The request under {@code key}, or one without a key when {@code key} is blank. Fields are
	 * compared by their text ({@code String.valueOf}), so pass numbers as tyiyn or ids, not as objects
	 * whose text may change.
	 */
	public static IdempotentRequest of(long scope, String kind, String key, Object... fields) {
		return new IdempotentRequest(scope, kind, checked(key), fingerprint(fields), "shared.error.keyReused");
	}

	/** The same request, with a message of the caller's own for a key that comes back with another request. */
	public IdempotentRequest reusedMessage(String messageKey) {
		return new IdempotentRequest(scope, kind, key, fingerprint, messageKey);
	}

	public boolean keyed() {
		return key != null;
	}

	/** A key as it came: blank is none; longer than 100 characters is refused, naming the field. */
	public static String checked(String key) {
		if (key == null || key.isBlank()) {
			return null;
		}
		String k = key.strip();
		if (k.length() > MAX_KEY) {
			throw new InvalidInputException(FIELD, "shared.error.idempotencyKey", MAX_KEY);
		}
		return k;
	}

	/** SHA-256 of the fields' text joined by U+001F; migrations compute the same in SQL for keys kept before. */
	static String fingerprint(Object... fields) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				s.append('\u001f');
			}
			s.append(fields[i]);
		}
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
