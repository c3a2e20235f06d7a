package kg.tereze.certificates;

import java.time.Instant;

/** A certificate was issued; the single window measures its visit by it. */
public record CertificateIssued(long municipalityId, long certificateId, String number, String typeCode,
		long personId, long issuedBy, Instant issuedAt) {
}
