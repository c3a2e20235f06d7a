package kg.tereze.certificates;

import java.time.Instant;

public record CertificateAnnulled(long municipalityId, long certificateId, String number, Instant annulledAt) {
}
