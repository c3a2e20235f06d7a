package kg.tereze.certificates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.certificates.internal.FeeStore;
import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.Arrears;
import kg.tereze.ledger.Entry;
import kg.tereze.ledger.EntryKind;
import kg.tereze.ledger.Ledger;
import kg.tereze.ledger.PayerAccount;
import kg.tereze.ledger.Posting;
import kg.tereze.ledger.Statement;
import kg.tereze.registry.PersonCard;
import kg.tereze.shared.Formats;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Som;
import kg.tereze.shared.Tenant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificate fees. The clerk charges the fee to the applicant's account in the municipality's own
 * book; the applicant pays it at the cash desk; the certificate is then issued and uses that charge up.
 * An exempt applicant (a pensioner by age, or a document the clerk notes) pays nothing.
 */
@Service
public class CertificateFees {

	static final String SERVICE = "CERT_FEE";

	private final FeeStore store;

	private final CertificateTypes types;

	private final Accounts accounts;

	private final Ledger ledger;

	private final AuditTrail audit;

	private final Clock clock;

	CertificateFees(FeeStore store, CertificateTypes types, Accounts accounts, Ledger ledger, AuditTrail audit,
			Clock clock) {
		this.store = store;
		this.types = types;
		this.accounts = accounts;
		this.ledger = ledger;
		this.audit = audit;
		this.clock = clock;
	}

	public FeeRate rate(Tenant t, String typeCode) {
		return store.rateOn(t.requireMunicipality(), typeCode, today()).orElse(FeeRate.free(typeCode));
	}

	public List<FeeRate> history(Tenant t, String typeCode) {
		types.require(t, typeCode);
		return store.history(t.requireMunicipality(), typeCode);
	}

	@Transactional
	public FeeRate setRate(Tenant t, String typeCode, Som fee, Set<Exemption> exemptions, LocalDate validFrom) {
		CertificateType type = types.require(t, typeCode);
		if (fee == null || fee.isNegative() || fee.tyiyn() > 10_000_000) {
			throw new InvalidInputException("fee", "certificates.certificate.error.fee");
		}
		LocalDate from = validFrom == null ? today() : validFrom;
		if (from.isBefore(today())) {
			throw new InvalidInputException("validFrom", "certificates.certificate.error.feeInThePast");
		}
		FeeRate rate = new FeeRate(type.code(), fee, exemptions == null ? Set.of() : Set.copyOf(exemptions), from);
		store.setRate(t.requireMunicipality(), rate, clock.instant(), t.userId());
		audit.record(AuditRecord.created("certificate_fee_rate", type.code(), t.requireMunicipality(),
				Map.of("fee", fee.tyiyn(), "exemptions", rate.exemptions().toString(), "validFrom", from.toString())));
		return rate;
	}

	/** Where the applicant stands with the fee today. Reading it changes nothing. */
	public FeeStatus status(Tenant t, String typeCode, PersonCard person) {
		FeeRate rate = rate(t, typeCode);
		if (rate.free()) {
			return new FeeStatus(rate, null, null, false, Som.ZERO);
		}
		PayerAccount account = accounts.personAccount(t, person.id()).orElse(null);
		if (account == null) {
			return new FeeStatus(rate, null, null, false, rate.fee());
		}
		return statusOn(rate, account, ledger.statement(t, account, null, null));
	}

	/** Charges the fee, once: charging again before the certificate is issued finds the same charge. */
	@Transactional
	public FeeStatus charge(Tenant t, String typeCode, PersonCard person) {
		types.requireActive(t, typeCode);
		FeeRate rate = rate(t, typeCode);
		if (rate.free()) {
			throw new InvalidInputException("type", "certificates.certificate.error.noFee");
		}
		PayerAccount account = accounts.ofPerson(t, person.id(), person.data().fullName(), null, null);
		Statement book = ledger.statement(t, account, null, null);
		FeeStatus now = statusOn(rate, account, book);
		if (now.chargeEntryId() != null) {
			return now;
		}
		long ever = book.entries().stream().filter(e -> isFeeCharge(e, typeCode)).count();
		ledger.post(t, account, new Posting(EntryKind.CHARGE, rate.fee(), today(), null, SERVICE,
				typeCode, "CERTIFICATE", typeCode, "fee:" + person.id() + ":" + typeCode + ":" + ever));
		return statusOn(rate, account, ledger.statement(t, account, null, null));
	}

	/**
	 * Inside the issuing transaction: what settles the fee of this certificate, or why it cannot be
	 * issued yet. The caller records the settlement with the certificate.
	 */
	Settlement settle(Tenant t, String typeCode, PersonCard person, FeeClaim claim) {
		FeeRate rate = rate(t, typeCode);
		FeeClaim c = claim == null ? FeeClaim.NONE : claim;
		if (rate.free()) {
			return new Settlement(Som.ZERO, null, null, null);
		}
		if (c.exemption() != null) {
			if (!rate.exemptions().contains(c.exemption())) {
				throw new InvalidInputException("exemption", "certificates.certificate.error.exemptionNotAllowed");
			}
			String document = c.document() == null || c.document().isBlank() ? null : c.document().strip();
			if (c.exemption().needsDocument() && (document == null || document.length() > 200)) {
				throw new InvalidInputException("exemptionDocument", "certificates.certificate.error.exemptionDocument");
			}
			if (c.exemption() == Exemption.PENSIONER
					&& !Exemption.pensionAge(person.data().birthDate(), person.data().sex(), today())) {
				throw new InvalidInputException("exemption", "certificates.certificate.error.notPensionAge");
			}
			return new Settlement(rate.fee(), null, c.exemption(), document);
		}
		FeeStatus status = status(t, typeCode, person);
		if (!status.paid()) {
			throw new InvalidInputException("fee", "certificates.certificate.error.feeUnpaid", Formats.money(rate.fee()),
					status.account() == null ? "—" : status.account());
		}
		return new Settlement(rate.fee(), status.chargeEntryId(), null, null);
	}

	void record(long certificateId, Settlement s) {
		store.recordSettlement(certificateId, s.fee(), s.entryId(), s.exemption(), s.document());
	}

	record Settlement(Som fee, Long entryId, Exemption exemption, String document) {
	}

	/** From the account's entries, read once: the fee charge no certificate used yet, and whether it is paid. */
	private FeeStatus statusOn(FeeRate rate, PayerAccount account, Statement book) {
		List<Entry> charges = book.entries().stream().filter(e -> isFeeCharge(e, rate.typeCode()) && !e.reversed()).toList();
		Set<Long> used = store.used(charges.stream().map(Entry::id).toList());
		Arrears arrears = book.arrears();
		Entry open = charges.stream().filter(e -> !used.contains(e.id())).findFirst().orElse(null);
		if (open == null) {
			return new FeeStatus(rate, account.number().value(), null, false, rate.fee());
		}
		boolean paid = arrears.paid(open.id());
		Som due = arrears.openItems().stream().filter(i -> i.entryId() == open.id()).map(Arrears.OpenItem::unpaid)
			.findFirst().orElse(Som.ZERO);
		return new FeeStatus(rate, account.number().value(), open.id(), paid, due);
	}

	private static boolean isFeeCharge(Entry e, String typeCode) {
		return e.kind() == EntryKind.CHARGE && SERVICE.equals(e.serviceCode()) && typeCode.equals(e.reference());
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Formats.BISHKEK));
	}
}
