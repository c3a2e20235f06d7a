package kg.tereze.appeals.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import kg.tereze.certificates.CertificateFees;
import kg.tereze.certificates.CertificateType;
import kg.tereze.certificates.CertificateTypes;
import kg.tereze.certificates.Certificates;
import kg.tereze.certificates.FeeRate;
import kg.tereze.certificates.IssuedCertificate;
import kg.tereze.ledger.AccountNumber;
import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.Ledger;
import kg.tereze.ledger.PayerAccount;
import kg.tereze.shared.Formats;
import kg.tereze.shared.Som;
import kg.tereze.shared.Tenant;

import org.springframework.stereotype.Component;

/**
 * What a resident can learn without staff, in Kyrgyz and Russian: the balance of a utility account
 * by its number, whether a certificate code is valid, office hours, the certificates issued and what
 * they cost. Anything else goes to the inbox.
 */
@Component
class SelfService {

	private static final Set<String> MENU = Set.of("/start", "start", "меню", "menu", "жардам", "помощь", "help", "?");

	private static final Set<String> HOURS = Set.of("саат", "убакыт", "график", "часы", "время", "hours");

	private static final Set<String> DOCUMENTS = Set.of("документ", "документтер", "документы", "маалымкат", "справка",
			"справки", "documents");

	private final Accounts accounts;

	private final Ledger ledger;

	private final Certificates certificates;

	private final CertificateTypes types;

	private final CertificateFees fees;

	private final Notifier notifier;

	SelfService(Accounts accounts, Ledger ledger, Certificates certificates, CertificateTypes types, CertificateFees fees,
			Notifier notifier) {
		this.accounts = accounts;
		this.ledger = ledger;
		this.certificates = certificates;
		this.types = types;
		this.fees = fees;
		this.notifier = notifier;
	}

	/**
	 * An automatic answer; {@code complete} when it is all the resident asked for (a balance, a code
	 * checked), so the thread need not wait for staff. A keyword found in a longer message is answered
	 * too, but staff still read the message.
	 */
	record Answer(String text, boolean complete) {
	}

	/** The automatic answer to {@code text}, if it is a question the machine can answer. */
	Optional<Answer> answer(long municipalityId, String text) {
		if (text == null || text.isBlank() || text.length() > 60) {
			return Optional.empty();
		}
		String t = text.strip().toLowerCase(Locale.ROOT);
		if (MENU.contains(t)) {
			return Optional.of(new Answer(notifier.bilingual("appeals.bot.menu"), true));
		}
		boolean alone = !t.contains(" ");
		if (HOURS.stream().anyMatch(t::contains)) {
			return Optional.of(new Answer(notifier.bilingual("appeals.bot.hours"), alone));
		}
		if (DOCUMENTS.stream().anyMatch(t::contains)) {
			return Optional.of(new Answer(documents(municipalityId), alone));
		}
		String compact = t.replaceAll("[\\s-]", "");
		if (compact.matches("[0-9]{8}")) {
			return Optional.of(new Answer(balance(municipalityId, compact), true));
		}
		if (compact.length() == 12 && compact.matches(".*[0-9].*") && compact.matches("[0-9a-z]+")) {
			return Optional.of(new Answer(certificate(municipalityId, compact), true));
		}
		return Optional.empty();
	}

	private Tenant channel(long municipalityId) {
		return new Tenant(0, "messenger", municipalityId, null, Set.of());
	}

	private String balance(long municipalityId, String number) {
		if (!AccountNumber.wellFormed(number)) {
			return notifier.bilingual("appeals.bot.accountUnknown", number);
		}
		Optional<PayerAccount> account = accounts.byNumber(AccountNumber.parse(number))
			.filter(a -> a.municipalityId() == municipalityId);
		if (account.isEmpty()) {
			return notifier.bilingual("appeals.bot.accountUnknown", number);
		}
		Som balance = ledger.balance(channel(municipalityId), account.get());
		// The ledger's balance is what the customer owes; a negative one is paid in advance.
		return balance.tyiyn() > 0 ? notifier.bilingual("appeals.bot.owes", number, Formats.money(balance))
				: notifier.bilingual("appeals.bot.nothingOwed", number, Formats.money(balance.negate()));
	}

	private String certificate(long municipalityId, String code) {
		Optional<IssuedCertificate> c = certificates.byVerificationCode(code)
			.filter(x -> x.municipalityId() == municipalityId);
		if (c.isEmpty()) {
			return notifier.bilingual("appeals.bot.certificateUnknown");
		}
		IssuedCertificate found = c.get();
		return found.annulment() == null
				? notifier.bilingual("appeals.bot.certificateValid", found.number(), Formats.date(found.issuedOn()), found.title())
				: notifier.bilingual("appeals.bot.certificateAnnulled", found.number(), Formats.date(found.annulment().at()));
	}

	private String documents(long municipalityId) {
		Tenant t = channel(municipalityId);
		String ky = list(t, Notifier.KY);
		String ru = list(t, Notifier.RU);
		return notifier.text(Notifier.KY, "appeals.bot.documents", ky) + "\n\n" + notifier.text(Notifier.RU, "appeals.bot.documents", ru);
	}

	private String list(Tenant t, Locale locale) {
		return types.active(t).stream().map(type -> "• " + type.name().in(locale) + " — " + fee(t, type, locale))
			.collect(Collectors.joining("\n"));
	}

	private String fee(Tenant t, CertificateType type, Locale locale) {
		FeeRate rate = fees.rate(t, type.code());
		return rate.free() ? notifier.text(locale, "appeals.bot.free") : Formats.money(rate.fee());
	}
}
