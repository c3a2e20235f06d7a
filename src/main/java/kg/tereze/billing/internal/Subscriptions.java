package kg.tereze.billing.internal;

import kg.tereze.billing.Basis;
import kg.tereze.billing.UtilityService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.PayerAccount;
import kg.tereze.shared.Formats;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.Tenant;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which services an account takes, from when, and for how many persons. */
@Service
public class Subscriptions {

	private final SubscriptionStore store;

	private final CatalogStore catalog;

	private final Accounts accounts;

	private final AuditTrail audit;

	private final Clock clock;

	Subscriptions(SubscriptionStore store, CatalogStore catalog, Accounts accounts, AuditTrail audit, Clock clock) {
		this.store = store;
		this.catalog = catalog;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	public List<Subscription> of(Tenant t, PayerAccount account) {
		accounts.requireVisible(t, account);
		return store.ofAccount(account.id());
	}

	/** Persons the register counts in the account's household today (null for an organisation). */
	public Integer registeredPersons(Tenant t, PayerAccount account) {
		accounts.requireVisible(t, account);
		return account.householdId() == null ? null : store.members(account.householdId(), today());
	}

	@Transactional
	public Subscription subscribe(Tenant t, PayerAccount account, String serviceCode, LocalDate startsOn,
			Integer persons, String reason) {
		accounts.requireVisible(t, account);
		UtilityService service = catalog.service(account.bookId(), serviceCode == null ? "" : serviceCode.strip())
			.orElseThrow(() -> new InvalidInputException("service", "billing.error.service"));
		if (startsOn == null) {
			throw new InvalidInputException("startsOn", "billing.error.date");
		}
		if (startsOn.isBefore(account.openedOn())) {
			throw new InvalidInputException("startsOn", "billing.error.beforeOpened", Formats.date(account.openedOn()));
		}
		String why = checkOverride(persons, reason);
		if (service.basis() == Basis.PER_PERSON && account.householdId() == null && persons == null) {
			throw new InvalidInputException("persons", "billing.error.personsNeeded");
		}
		LocalDate billedUpTo = store.lastBilledMonth(account.id(), service.id()).map(m -> m.plusMonths(1)).orElse(null);
		if (billedUpTo != null && startsOn.isBefore(billedUpTo)) {
			throw new InvalidInputException("startsOn", "billing.error.billedMonth", Formats.date(billedUpTo));
		}
		long id;
		try {
			id = store.insert(account.bookId(), account.id(), service.id(), startsOn, null, persons, why, clock.instant(),
					t.userId());
		}
		catch (DataIntegrityViolationException e) {
			throw new InvalidInputException("service", "billing.error.alreadySubscribed");
		}
		audit.record(AuditRecord.created("billing_subscription", id, account.municipalityId(),
				Map.of("account", account.number().value(), "service", service.code(), "startsOn", startsOn.toString())));
		return store.find(account.id(), id).orElseThrow();
	}

	/** Ends the service on a day (exclusive). Months already billed stay as they were billed. */
	@Transactional
	public Subscription end(Tenant t, PayerAccount account, long subscriptionId, LocalDate endsOn) {
		Subscription s = owned(t, account, subscriptionId);
		if (endsOn == null) {
			throw new InvalidInputException("endsOn", "billing.error.date");
		}
		if (!endsOn.isAfter(s.startsOn())) {
			throw new InvalidInputException("endsOn", "billing.error.endBeforeStart");
		}
		if (s.endsOn() != null) {
			throw new InvalidInputException("endsOn", "billing.error.alreadyEnded", Formats.date(s.endsOn()));
		}
		LocalDate billedUpTo = store.lastBilledMonth(account.id(), s.service().id()).map(m -> m.plusMonths(1)).orElse(null);
		if (billedUpTo != null && endsOn.isBefore(billedUpTo)) {
			throw new InvalidInputException("endsOn", "billing.error.billedMonth", Formats.date(billedUpTo));
		}
		store.end(s.id(), endsOn);
		audit.record(AuditRecord.updated("billing_subscription", s.id(), account.municipalityId(),
				Map.of("endsOn", "null"), Map.of("endsOn", endsOn.toString())));
		return store.find(account.id(), s.id()).orElseThrow();
	}

	/** Sets or clears (persons null) the number of persons billed instead of the register's count. */
	@Transactional
	public Subscription override(Tenant t, PayerAccount account, long subscriptionId, Integer persons, String reason) {
		Subscription s = owned(t, account, subscriptionId);
		String why = checkOverride(persons, reason);
		if (persons == null && account.householdId() == null && s.service().basis() == Basis.PER_PERSON) {
			throw new InvalidInputException("persons", "billing.error.personsNeeded");
		}
		store.override(s.id(), persons, why);
		Map<String, Object> before = new HashMap<>();
		before.put("persons", String.valueOf(s.personsOverride()));
		Map<String, Object> after = new HashMap<>();
		after.put("persons", String.valueOf(persons));
		after.put("reason", String.valueOf(why));
		audit.record(AuditRecord.updated("billing_subscription", s.id(), account.municipalityId(), before, after));
		return store.find(account.id(), s.id()).orElseThrow();
	}

	private static String checkOverride(Integer persons, String reason) {
		if (persons == null) {
			return null;
		}
		if (persons < 0 || persons > 99) {
			throw new InvalidInputException("persons", "billing.error.persons");
		}
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > 300) {
			throw new InvalidInputException("reason", "billing.error.reason");
		}
		return why;
	}

	private Subscription owned(Tenant t, PayerAccount account, long id) {
		accounts.requireVisible(t, account);
		return store.find(account.id(), id).orElseThrow(() -> new NotFoundException("subscription"));
	}


	private LocalDate today() {
		return LocalDate.now(clock.withZone(Formats.BISHKEK));
	}
}
