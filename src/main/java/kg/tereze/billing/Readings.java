package kg.tereze.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.billing.internal.MeterStore;
import kg.tereze.billing.internal.ReadingStore;
import kg.tereze.identity.StaffUsers;
import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.Book;
import kg.tereze.ledger.PayerAccount;
import kg.tereze.shared.Formats;
import kg.tereze.shared.Idempotency;
import kg.tereze.shared.IdempotentRequest;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.Tenant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readings of meters, from the desk, a controller's tablet or the resident. Each is checked against the
 * meter's last position and stored once: a reading sent again under the same key (a tablet that lost
 * its answer) returns the first one.
 */
@Service
public class Readings {

	/** A reading as it came in; {@code key} is the sender's idempotency key, if it has one. */
	public record Taken(LocalDate readOn, BigDecimal value, ReadingSource source, String key) {
	}

	/** The reading stored, and whether it had been stored before under the same key. */
	public record Recorded(Reading reading, boolean replayed) {
	}

	private final ReadingStore store;

	private final MeterStore meters;

	private final Accounts accounts;

	private final StaffUsers staff;

	private final AuditTrail audit;

	private final Idempotency idempotency;

	private final Clock clock;

	Readings(ReadingStore store, MeterStore meters, Accounts accounts, StaffUsers staff, AuditTrail audit,
			Idempotency idempotency, Clock clock) {
		this.idempotency = idempotency;
		this.store = store;
		this.meters = meters;
		this.accounts = accounts;
		this.staff = staff;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Recorded record(Tenant t, PayerAccount account, long meterId, Taken taken) {
		accounts.requireVisible(t, account);
		if (taken == null) {
			throw new InvalidInputException("value", "billing.error.readingValue");
		}
		Meter meter = meters.lock(account.id(), meterId)
			.orElseThrow(() -> new NotFoundException("meter"));
		IdempotentRequest request = IdempotentRequest.of(account.municipalityId(), "billing.reading", taken.key(),
				meter.id(), taken.readOn(), taken.value() == null ? null : taken.value().stripTrailingZeros().toPlainString())
			.reusedMessage("billing.error.keyReused");
		var once = idempotency.once(request, () -> {
			if (!meter.inPlace()) {
				throw new InvalidInputException("value", "billing.error.meterRemoved");
			}
			return write(t, account, meter, taken);
		}, r -> String.valueOf(r.id()), id -> store.find(meter.id(), Long.parseLong(id)).orElseThrow());
		return new Recorded(once.value(), once.repeated());
	}

	/** The meter's readings, newest first. */
	public List<Reading> of(Tenant t, PayerAccount account, Meter meter, int limit) {
		accounts.requireVisible(t, account);
		if (meter.accountId() != account.id()) {
			throw new NotFoundException("meter");
		}
		return store.ofMeter(meter.id(), limit);
	}

	/** Readings of the book flagged as unusual over the last {@code days} days. */
	public List<ReadingStore.Listed> flagged(Tenant t, Book book, int days) {
		if (accounts.books(t).stream().noneMatch(b -> b.id() == book.id())) {
			throw new NotFoundException("book");
		}
		return store.flagged(book.id(), today().minusDays(days), 500);
	}

	/** The last reading of a meter being taken out, in the replacement's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	void close(Tenant t, PayerAccount account, Meter meter, LocalDate removedOn, BigDecimal finalValue) {
		write(t, account, meter, new Taken(removedOn, finalValue, ReadingSource.DESK, null));
	}

	private Reading write(Tenant t, PayerAccount account, Meter meter, Taken taken) {
		MeterPosition.Step step = meter.last().to(taken.readOn(), taken.value(), today());
		BigDecimal average = store.averagePerDay(account.id(), meter.service().id(), taken.readOn());
		boolean flagged = step.unusual(average);
		ReadingSource source = taken.source() == null ? ReadingSource.DESK : taken.source();
		long id = store.insert(new ReadingStore.NewRow(account.bookId(), meter.id(), taken.readOn(),
				MeterPosition.checkedValue("value", taken.value()), step.consumption(), step.days(), source, flagged,
				clock.instant(), t.userId(), staff.displayName(t)));
		audit.record(AuditRecord.created("billing_reading", id, account.municipalityId(),
				Map.of("meter", meter.number(), "readOn", taken.readOn().toString(), "value", taken.value().toPlainString(),
						"source", source.name(), "flagged", flagged)));
		return store.find(meter.id(), id).orElseThrow();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Formats.BISHKEK));
	}
}
