package kg.tereze.certificates;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.certificates.internal.BodyRenderer;
import kg.tereze.certificates.internal.CertificateFacts;
import kg.tereze.certificates.internal.CertificateStore;
import kg.tereze.certificates.internal.Facts;
import kg.tereze.certificates.internal.VerificationCodes;
import kg.tereze.identity.StaffUsers;
import kg.tereze.municipality.ReferenceNumbers;
import kg.tereze.municipality.SigningKeys;
import kg.tereze.registry.PersonCard;
import kg.tereze.registry.RegistryQueries;
import kg.tereze.shared.Formats;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.Tenant;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issuing certificates: a preview filled from the household book as of today, then the issue, which
 * takes the next number, signs the essential content and stores everything the page is printed from.
 * Whatever is wrong is found before the number is taken, so a refused certificate uses no number.
 */
@Service
public class Certificates {

	static final String SERIES = "CERT";

	private final CertificateTypes types;

	private final CertificateFacts facts;

	private final CertificateStore store;

	private final RegistryQueries registry;

	private final ReferenceNumbers numbers;

	private final SigningKeys keys;

	private final StaffUsers staff;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final CertificateFees fees;

	Certificates(CertificateTypes types, CertificateFacts facts, CertificateStore store, RegistryQueries registry,
			ReferenceNumbers numbers, SigningKeys keys, StaffUsers staff, AuditTrail audit,
			ApplicationEventPublisher events, JsonMapper json, Clock clock, PlatformTransactionManager transactions,
			CertificateFees fees) {
		this.fees = fees;
		this.transaction = new TransactionTemplate(transactions);
		this.types = types;
		this.facts = facts;
		this.store = store;
		this.registry = registry;
		this.numbers = numbers;
		this.keys = keys;
		this.staff = staff;
		this.audit = audit;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	/** The person a PIN names in this municipality; an unknown PIN is the caller's error. */
	public PersonCard personByPin(Tenant t, String pin) {
		if (pin == null || pin.isBlank()) {
			throw new InvalidInputException("personPin", "certificates.certificate.error.pinRequired");
		}
		return registry.findByPin(t, pin.trim())
			.orElseThrow(() -> new InvalidInputException("personPin", "certificates.certificate.error.noPerson", pin.trim()));
	}

	public PersonCard personById(Tenant t, long personId) {
		return registry.resident(t, personId);
	}

	@Transactional
	public Preview preview(Tenant t, String typeCode, long personId, String purpose) {
		return preview(t, types.requireActive(t, typeCode), personId, purpose);
	}

	/** A preview of any type, saved or only typed (the template editor shows one on real data). */
	@Transactional
	public Preview preview(Tenant t, CertificateType type, long personId, String purpose) {
		Facts f = facts.gather(t, personId, type, purpose(purpose), today());
		List<Preview.Problem> problems = f.problems().stream().map(p -> new Preview.Problem(p.field(), p.messageKey())).toList();
		if (f.ky() == null) {
			return new Preview(type, f.person(), "", "", problems);
		}
		return new Preview(type, f.person(), BodyRenderer.render(type.templateKy(), f.ky()),
				BodyRenderer.render(type.templateRu(), f.ru()), problems);
	}

	/**
	 * Issues in one transaction, started only once the signing key is at hand: a municipality's first
	 * key is stored in a transaction of its own, which must not wait for (or on a connection held by)
	 * this one.
	 */
	public IssuedCertificate issue(Tenant t, String typeCode, long personId, String purpose) {
		return issue(t, typeCode, personId, purpose, FeeClaim.NONE);
	}

	/** As above, for a type with a fee: paid at the cash desk beforehand, or an exemption claimed now. */
	public IssuedCertificate issue(Tenant t, String typeCode, long personId, String purpose, FeeClaim claim) {
		keys.ensureKey(t.requireMunicipality());
		return transaction.execute(status -> issueInTransaction(t, typeCode, personId, purpose, claim));
	}

	private IssuedCertificate issueInTransaction(Tenant t, String typeCode, long personId, String purpose,
			FeeClaim claim) {
		long m = t.requireMunicipality();
		CertificateType type = types.requireActive(t, typeCode);
		String cleanPurpose = purpose(purpose);
		LocalDate today = today();
		Facts f = facts.gather(t, personId, type, cleanPurpose, today);
		if (!f.issuable()) {
			Facts.Problem first = f.problems().get(0);
			throw new InvalidInputException(first.field(), first.messageKey());
		}
		CertificateFees.Settlement fee = fees.settle(t, type.code(), f.person(), claim);
		var number = numbers.next(m, SERIES, today.getYear());
		String code = VerificationCodes.next();
		var person = f.person();
		Function<String, SignedContent> contentFor = keyId -> new SignedContent(keyId, number.text(), today,
				type.code(), f.municipality().soateCode(), person.data().pin(), person.data().fullName(), code);
		var signed = keys.sign(m, keyId -> contentFor.apply(keyId).bytes());
		SignedContent content = contentFor.apply(signed.keyId());
		Instant now = clock.instant();
		String clerk = staff.displayName(t);
		IssuedCertificate draft = new IssuedCertificate(0, m, number.text(), type.code(), type.name(), person.id(),
				person.data().pin(), person.data().fullName(), f.householdId(), f.villageId(), cleanPurpose, today, now,
				t.userId(), clerk, f.signatory().fullName(), f.signatory().positionKy(), f.signatory().positionRu(),
				f.municipality().name().ky(), f.municipality().name().ru(), BodyRenderer.render(type.templateKy(), f.ky()),
				BodyRenderer.render(type.templateRu(), f.ru()), content.text(), signed.signature(), signed.keyId(), code,
				null);
		long id = store.insert(draft, today.getYear(), json.writeValueAsString(Map.of("ky", f.ky(), "ru", f.ru())));
		IssuedCertificate issued = draft.withId(id);
		fees.record(id, fee);
		audit.record(AuditRecord.created("certificate", number.text(), m,
				Map.of("type", type.code(), "personId", person.id(), "purpose", cleanPurpose == null ? "" : cleanPurpose)));
		events.publishEvent(new CertificateIssued(m, id, number.text(), type.code(), person.id(), t.userId(), now));
		return issued;
	}

	public IssuedCertificate find(Tenant t, String number) {
		return store.byNumber(t.requireMunicipality(), number == null ? "" : number.trim())
			.orElseThrow(() -> new NotFoundException("certificate"));
	}

	/** For the public verification page: no tenant, only the random code. */
	public Optional<IssuedCertificate> byVerificationCode(String typed) {
		String code = VerificationCodes.normalise(typed);
		return code.isEmpty() ? Optional.empty() : store.byCode(code);
	}

	/** The register's data a certificate was issued from, as stored with it (JSON). */
	public String issuedFrom(Tenant t, String number) {
		return store.facts(find(t, number).id()).orElseThrow();
	}

	@Transactional
	public IssuedCertificate annul(Tenant t, String number, String reason) {
		IssuedCertificate c = find(t, number);
		String why = reason == null ? "" : reason.strip();
		if (why.length() < 3 || why.length() > 500) {
			throw new InvalidInputException("reason", "certificates.certificate.error.reason");
		}
		Instant now = clock.instant();
		String who = staff.displayName(t);
		if (!store.annul(c.id(), Timestamp.from(now), t.userId(), who, why)) {
			throw new InvalidInputException("reason", "certificates.certificate.error.alreadyAnnulled", Formats.date(c.annulment() == null ? now : c.annulment().at()));
		}
		audit.record(AuditRecord.updated("certificate", c.number(), c.municipalityId(), Map.of("valid", true),
				Map.of("valid", false, "reason", why)));
		events.publishEvent(new CertificateAnnulled(c.municipalityId(), c.id(), c.number(), now));
		return find(t, number);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Formats.BISHKEK));
	}

	/** The free "for presentation to …" line: one line, at most 300 characters. */
	static String purpose(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String p = typed.replaceAll("[\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
		if (p.length() > 300) {
			throw new InvalidInputException("purpose", "certificates.certificate.error.purposeTooLong", 300);
		}
		return p;
	}
}
