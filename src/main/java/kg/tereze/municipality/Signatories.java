package kg.tereze.municipality;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.municipality.internal.SignatoryStore;
import kg.tereze.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who signs a municipality's documents now, and who signed before. */
@Service
public class Signatories {

	private final SignatoryStore store;

	private final AuditTrail audit;

	private final Clock clock;

	Signatories(SignatoryStore store, AuditTrail audit, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	public Optional<Signatory> current(long municipalityId) {
		return store.current(municipalityId);
	}

	public List<Signatory> history(long municipalityId) {
		return store.history(municipalityId);
	}

	/** Appoints a new signatory; the former one's term ends now. */
	@Transactional
	public Signatory appoint(long municipalityId, String fullName, String positionKy, String positionRu) {
		String name = required("fullName", fullName);
		String ky = required("positionKy", positionKy);
		String ru = required("positionRu", positionRu);
		Instant now = clock.instant();
		Optional<Signatory> former = current(municipalityId);
		long id = store.appoint(municipalityId, name, ky, ru, now);
		Signatory appointed = current(municipalityId).orElseThrow();
		audit.record(AuditRecord.updated("signatory", id, municipalityId, former.orElse(null), appointed));
		return appointed;
	}

	private static String required(String field, String value) {
		String v = value == null ? "" : value.trim().replaceAll("\\s+", " ");
		if (v.length() < 3) {
			throw new InvalidInputException(field, "municipality.signatory.required");
		}
		if (v.length() > 200) {
			throw new InvalidInputException(field, "municipality.signatory.tooLong");
		}
		return v;
	}
}
