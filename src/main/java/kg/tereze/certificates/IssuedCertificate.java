package kg.tereze.certificates;

import java.time.Instant;
import java.time.LocalDate;

import kg.tereze.shared.LocalizedName;

/**
 * A certificate as issued, with what it was issued from: the page is printed from these fields alone,
 * so a reprint is the original. {@code signedContent} is what the QR code carries and the signature covers.
 */
public record IssuedCertificate(long id, long municipalityId, String number, String typeCode, LocalizedName title,
		long personId, String personPin, String personName, long householdId, long villageId, String purpose,
		LocalDate issuedOn, Instant issuedAt, long issuedBy, String issuedByName, String signatoryName,
		String signatoryPositionKy, String signatoryPositionRu, String headerKy, String headerRu, String bodyKy,
		String bodyRu, String signedContent, byte[] signature, String keyId, String verificationCode,
		Annulment annulment) {

	/** Why and when a certificate stopped being valid, and who said so. */
	public record Annulment(Instant at, long by, String byName, String reason) {
	}

	/** The same certificate once stored under {@code id}. */
	public IssuedCertificate withId(long id) {
		return new IssuedCertificate(id, municipalityId, number, typeCode, title, personId, personPin, personName,
				householdId, villageId, purpose, issuedOn, issuedAt, issuedBy, issuedByName, signatoryName,
				signatoryPositionKy, signatoryPositionRu, headerKy, headerRu, bodyKy, bodyRu, signedContent, signature,
				keyId, verificationCode, annulment);
	}

	public boolean valid() {
		return annulment == null;
	}

	/** The code as people read it aloud: {@code ABCD-EFGH-JKMN}. */
	public String codeForPeople() {
		return verificationCode.substring(0, 4) + "-" + verificationCode.substring(4, 8) + "-" + verificationCode.substring(8);
	}
}
