package kg.tereze.certificates;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import kg.tereze.shared.InvalidInputException;

/**
 * What a certificate's signature covers, in a form a phone can carry offline: one line of fields
 * separated by {@code |}, UTF-8. The QR code holds the verification link and, after {@code #} (never
 * sent to a server), this content and its Ed25519 signature, both base64url:
 * {@code https://…/verify/CODE#CONTENT.SIGNATURE}. docs/API.md shows how to check it with openssl.
 */
public record SignedContent(String keyId, String number, LocalDate issuedOn, String typeCode, String soateCode,
		String personPin, String personName, String verificationCode) {

	public static final String VERSION = "TEREZE-CERT-1";

	public String text() {
		return String.join("|", List.of(VERSION, keyId, number, issuedOn.toString(), typeCode, soateCode,
				clean(personPin), clean(personName), verificationCode));
	}

	public byte[] bytes() {
		return text().getBytes(StandardCharsets.UTF_8);
	}

	/** The QR code's text: the public link, then the content and signature for checking offline. */
	public String qrText(String publicUrl, byte[] signature) {
		Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
		return publicUrl + "/verify/" + verificationCode + "#" + b64.encodeToString(bytes()) + "." + b64.encodeToString(signature);
	}

	public static SignedContent parse(String text) {
		String[] f = text.split("\\|", -1);
		if (f.length != 9 || !VERSION.equals(f[0])) {
			throw new InvalidInputException("content", "certificates.certificate.verify.badContent");
		}
		try {
			return new SignedContent(f[1], f[2], LocalDate.parse(f[3]), f[4], f[5], f[6], f[7], f[8]);
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new InvalidInputException("content", "certificates.certificate.verify.badContent");
		}
	}

	private static String clean(String s) {
		return s == null ? "" : s.replace('|', '/');
	}
}
