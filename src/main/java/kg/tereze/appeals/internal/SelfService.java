package kg.tereze.appeals.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import kg.tereze.billing.Meter;
import kg.tereze.billing.MeterPosition;
import kg.tereze.billing.Meters;
import kg.tereze.billing.Reading;
import kg.tereze.billing.ReadingSource;
import kg.tereze.billing.Readings;

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
import kg.tereze.shared.InvalidInputException;
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

	private final Meters meters;

	private final Readings readings;

	private final Clock clock;

	SelfService(Accounts accounts, Ledger ledger, Certificates certificates, CertificateTypes types, CertificateFees fees,
			Notifier notifier, Meters meters, Readings readings, Clock clock) {
		this.meters = meters;
		this.readings = readings;
		this.clock = clock;
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

	/**
	 * The automatic answer to {@code text}, if it is a question the machine can answer. {@code messageKey}
	 * names the message on its channel: a reading delivered twice is recorded once under it.
	 */
	Optional<Answer> answer(long municipalityId, String text, String messageKey, String from) {
		if (text == null || text.isBlank() || text.length() > 60) {
			return Optional.empty();
		}
		String t = text.strip().toLowerCase(Locale.ROOT);
		Matcher reading = READING.matcher(t);
		if (reading.matches()) {
			return Optional.of(reading(municipalityId, reading.group(1), reading.group(2), messageKey, from));
		}
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

	/** An account number and what the meter shows: "12345678 1520" or "12345678 1520,5". */
	private static final Pattern READING = Pattern.compile("([0-9]{8})\\s+([0-9]{1,9}(?:[.,][0-9]{1,3})?)");

	/** A resident hands in their meter's reading; it is checked as any other and kept as the resident's. */
	private Answer reading(long municipalityId, String number, String value, String messageKey, String from) {
		Optional<PayerAccount> account = AccountNumber.wellFormed(number)
				? accounts.byNumber(municipalityId, AccountNumber.parse(number))
				: Optional.empty();
		if (account.isEmpty()) {
			return new Answer(notifier.bilingual("appeals.bot.accountUnknown", number), true);
		}
		Tenant resident = new Tenant(0, "resident " + from, municipalityId, null, Set.of());
		List<Meter> inPlace = meters.of(resident, account.get()).stream().filter(Meter::inPlace).toList();
		if (inPlace.isEmpty()) {
			return new Answer(notifier.bilingual("appeals.bot.readingNoMeter", number), true);
		}
		if (inPlace.size() > 1) {
			return new Answer(notifier.bilingual("appeals.bot.readingSeveral", number), false);
		}
		Meter meter = inPlace.get(0);
		LocalDate today = clock.instant().atZone(Formats.BISHKEK).toLocalDate();
		BigDecimal shown = new BigDecimal(value.replace(',', '.'));
		try {
			// checked here first: a refusal from inside the recording would spoil the message's transaction
			MeterPosition.checkedValue("value", shown);
			meter.last().to(today, shown, today);
			Reading r = readings.record(resident, account.get(), meter.id(),
					new Readings.Taken(today, shown, ReadingSource.RESIDENT, messageKey)).reading();
			return new Answer(notifier.bilingual(r.flagged() ? "appeals.bot.readingFlagged" : "appeals.bot.readingTaken",
					number, meter.number(), Formats.quantity(r.value()), Formats.date(r.readOn()),
					Formats.quantity(r.consumption())), true);
		}
		catch (InvalidInputException e) {
			return new Answer(notifier.bilingual(e.messageKey(), e.args()), true);
		}
	}

	private String balance(long municipalityId, String number) {
		if (!AccountNumber.wellFormed(number)) {
			return notifier.bilingual("appeals.bot.accountUnknown", number);
		}
		Optional<PayerAccount> account = accounts.byNumber(municipalityId, AccountNumber.parse(number));
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
