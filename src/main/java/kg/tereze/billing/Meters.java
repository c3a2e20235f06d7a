package kg.tereze.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.billing.internal.CatalogStore;
import kg.tereze.billing.internal.MeterStore;
import kg.tereze.billing.internal.SubscriptionStore;
import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.PayerAccount;
import kg.tereze.shared.Formats;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.Tenant;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meters of an account. A meter is put in for a metered service the account takes; one that broke,
 * went round or failed its check is replaced: its last reading closes it and a new meter starts from
 * its own dial.
 */
@Service
public class Meters {

	private final MeterStore store;

	private final CatalogStore catalog;

	private final SubscriptionStore subscriptions;

	private final Readings readings;

	private final Accounts accounts;

	private final AuditTrail audit;

	private final Clock clock;

	Meters(MeterStore store, CatalogStore catalog, SubscriptionStore subscriptions, Readings readings, Accounts accounts,
			AuditTrail audit, Clock clock) {
		this.store = store;
		this.catalog = catalog;
		this.subscriptions = subscriptions;
		this.readings = readings;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** The account's meters, those in place first. */
	public List<Meter> of(Tenant t, PayerAccount account) {
		accounts.requireVisible(t, account);
		return store.ofAccount(account.id());
	}

	public Meter get(Tenant t, PayerAccount account, long meterId) {
		accounts.requireVisible(t, account);
		return store.find(account.id(), meterId).orElseThrow(() -> new NotFoundException("meter"));
	}

	/** Metered use billed per month, the newest first. */
	public List<MeterStore.MonthUse> monthlyUse(Tenant t, PayerAccount account, long meterId, int months) {
		return store.monthlyUse(get(t, account, meterId).id(), months);
	}

	@Transactional
	public Meter install(Tenant t, PayerAccount account, String serviceCode, NewMeter m) {
		accounts.requireVisible(t, account);
		UtilityService service = catalog.service(account.bookId(), serviceCode == null ? "" : serviceCode.strip())
			.orElseThrow(() -> new InvalidInputException("service", "billing.error.service"));
		if (service.basis() != Basis.PER_M3) {
			throw new InvalidInputException("service", "billing.error.notMetered");
		}
		if (m == null) {
			throw new InvalidInputException("number", "billing.error.meterNumber");
		}
		m.validate(today(), account.openedOn());
		boolean subscribed = subscriptions.ofAccount(account.id()).stream()
			.anyMatch(s -> s.service().id() == service.id() && (s.endsOn() == null || s.endsOn().isAfter(m.installedOn())));
		if (!subscribed) {
			throw new InvalidInputException("service", "billing.error.notSubscribed");
		}
		return put(t, account, service, m);
	}

	/**
	 * Takes a meter out on a day with its last reading, and puts the next one in on the same day (when
	 * {@code next} is given). In a month already billed, the old meter's last stretch is billed with the
	 * next month.
	 */
	@Transactional
	public Meter replace(Tenant t, PayerAccount account, long meterId, LocalDate removedOn, BigDecimal finalValue,
			NewMeter next) {
		Meter old = get(t, account, meterId);
		if (!old.inPlace()) {
			throw new InvalidInputException("removedOn", "billing.error.meterRemoved");
		}
		if (removedOn == null) {
			throw new InvalidInputException("removedOn", "billing.error.date");
		}
		if (next != null) {
			next = new NewMeter(next.number(), removedOn, next.initialValue(), next.verifiedUntil());
			next.validate(today(), account.openedOn());
		}
		readings.close(t, account, old, removedOn, finalValue);
		store.remove(old.id(), removedOn);
		audit.record(AuditRecord.updated("billing_meter", old.id(), account.municipalityId(), Map.of("removedOn", "null"),
				Map.of("removedOn", removedOn.toString(), "finalValue", finalValue.toPlainString())));
		return next == null ? store.find(account.id(), old.id()).orElseThrow() : put(t, account, old.service(), next);
	}

	private Meter put(Tenant t, PayerAccount account, UtilityService service, NewMeter m) {
		String number = m.normalizedNumber();
		if (store.inPlace(account.bookId(), number).isPresent()) {
			throw new InvalidInputException("number", "billing.error.meterNumberTaken", number);
		}
		long id;
		try {
			id = store.insert(account.bookId(), account.id(), service.id(), number, m.installedOn(),
					MeterPosition.checkedValue("initialValue", m.initialValue()), m.verifiedUntil(), clock.instant(), t.userId());
		}
		catch (DataIntegrityViolationException e) {
			throw new InvalidInputException("service", "billing.error.meterInPlace");
		}
		audit.record(AuditRecord.created("billing_meter", id, account.municipalityId(),
				Map.of("account", account.number().value(), "service", service.code(), "number", number,
						"installedOn", m.installedOn().toString(), "initialValue", m.initialValue().toPlainString())));
		return store.find(account.id(), id).orElseThrow();
	}


	private LocalDate today() {
		return LocalDate.now(clock.withZone(Formats.BISHKEK));
	}
}
