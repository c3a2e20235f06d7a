package kg.tereze.messaging.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The checks that tell a messenger's delivery from a forgery. */
public final class Secrets {

	private Secrets() {
	}

	/** WhatsApp's {@code X-Hub-Signature-256}: {@code sha256=} and the HMAC-SHA256 of the raw body with the app secret. */
	public static boolean validHubSignature(String header, byte[] body, String appSecret) {
		if (header == null || !header.startsWith("sha256=")) {
			return false;
		}
		byte[] given;
		try {
			given = HexFormat.of().parseHex(header.substring(7).trim());
		}
		catch (IllegalArgumentException e) {
			return false;
		}
		return MessageDigest.isEqual(given, hmac(body, appSecret));
	}

	public static String hubSignature(byte[] body, String appSecret) {
		return "sha256=" + HexFormat.of().formatHex(hmac(body, appSecret));
	}

	private static byte[] hmac(byte[] body, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Telegram's secret token is stored as its SHA-256, so that the database does not hold it. */
	public static String sha256(String secret) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	public static boolean sameText(String a, String b) {
		return a != null && b != null
				&& MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
	}
}
