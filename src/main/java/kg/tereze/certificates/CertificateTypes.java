package kg.tereze.certificates;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.certificates.internal.CertificateTypeStore;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.LocalizedName;
import kg.tereze.shared.Tenant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The certificate types of a municipality: the built-in ones, reworded or not, and its own. */
@Service
public class CertificateTypes {

	private final CertificateTypeStore store;

	private final AuditTrail audit;

	private final Clock clock;

	CertificateTypes(CertificateTypeStore store, AuditTrail audit, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	public List<CertificateType> all(Tenant t) {
		return store.all(t.requireMunicipality());
	}

	public List<CertificateType> active(Tenant t) {
		return all(t).stream().filter(CertificateType::active).toList();
	}

	public Optional<CertificateType> find(Tenant t, String code) {
		return code == null ? Optional.empty() : store.find(t.requireMunicipality(), code.trim().toUpperCase(Locale.ROOT));
	}

	/** A type of this municipality, switched on or not; an unknown one is the caller's error. */
	public CertificateType require(Tenant t, String code) {
		return find(t, code).orElseThrow(() -> new InvalidInputException("type", "certificates.certificate.error.unknownType",
				code == null ? "" : code));
	}

	/** A type a certificate can be issued of now; an unknown or switched-off one is the caller's error. */
	public CertificateType requireActive(Tenant t, String code) {
		return find(t, code).filter(CertificateType::active)
			.orElseThrow(() -> new InvalidInputException("type", "certificates.certificate.error.unknownType", code == null ? "" : code));
	}

	/**
	 * Checks a type as typed, without saving it: the code, the names, and that both bodies parse with
	 * known placeholders only. Returns the type as it would be saved.
	 */
	public CertificateType validate(Tenant t, NewCertificateType typed) {
		String code = typed.code() == null ? "" : typed.code().trim().toUpperCase(Locale.ROOT);
		if (!code.matches("[A-Z][A-Z0-9_]{2,39}")) {
			throw new InvalidInputException("code", "certificates.certificate.type.error.code");
		}
		LocalizedName name = new LocalizedName(name("nameKy", typed.nameKy()), name("nameRu", typed.nameRu()),
				name("nameEn", typed.nameEn()));
		CertificateTemplate.parse("bodyKy", typed.bodyKy());
		CertificateTemplate.parse("bodyRu", typed.bodyRu());
		Optional<CertificateType> existing = store.find(t.requireMunicipality(), code);
		return new CertificateType(existing.map(CertificateType::id).orElse(0L), t.requireMunicipality(), code, name,
				typed.bodyKy().strip(), typed.bodyRu().strip(), existing.map(CertificateType::builtIn).orElse(false),
				typed.active());
	}

	/** Adds a type, or rewords an existing one (certificates already issued keep their words). */
	@Transactional
	public CertificateType save(Tenant t, NewCertificateType typed) {
		CertificateType type = validate(t, typed);
		long m = t.requireMunicipality();
		Optional<CertificateType> before = store.find(m, type.code());
		store.upsert(type, false, Timestamp.from(clock.instant()));
		CertificateType saved = store.find(m, type.code()).orElseThrow();
		audit.record(before.isPresent() ? AuditRecord.updated("certificate_type", saved.id(), m, before.get(), saved)
				: AuditRecord.created("certificate_type", saved.id(), m, saved));
		return saved;
	}

	private static String name(String field, String value) {
		String v = value == null ? "" : value.strip();
		if (v.length() < 3 || v.length() > 200) {
			throw new InvalidInputException(field, "certificates.certificate.type.error.name");
		}
		return v;
	}
}
