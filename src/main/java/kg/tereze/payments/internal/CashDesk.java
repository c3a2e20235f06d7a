package kg.tereze.payments.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.identity.StaffUsers;
import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.EntryKind;
import kg.tereze.ledger.Ledger;
import kg.tereze.ledger.PayerAccount;
import kg.tereze.ledger.Posted;
import kg.tereze.ledger.Posting;
import kg.tereze.municipality.ReferenceNumbers;
import kg.tereze.payments.internal.PaymentStore.PaymentRow;
import kg.tereze.shared.Formats;
import kg.tereze.shared.Idempotency;
import kg.tereze.shared.IdempotentRequest;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.Som;
import kg.tereze.shared.Tenant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cash desk: a cashier (or a field controller with a tablet) opens a shift, takes cash against
 * accounts with a numbered receipt each, and closes the shift with a count of the drawer. A payment
 * sent twice under the same key (a double click, a resent tablet queue) is taken once.
 */
@Service
public class CashDesk {

	/** More cash than this in one payment is a typo, not a payment. */
	public static final long MAX_CASH = 1_000_000_00L;

	static final String CHANNEL = "CASH";

	private final ShiftStore shifts;

	private final PaymentStore payments;

	private final Accounts accounts;

	private final Ledger ledger;

	private final ReferenceNumbers numbers;

	private final ReceiptFacts receipts;

	private final AuditTrail audit;

	private final StaffUsers staff;

	private final TransactionTemplate tx;

	private final Idempotency idempotency;

	private final Clock clock;

	CashDesk(ShiftStore shifts, PaymentStore payments, Accounts accounts, Ledger ledger, ReferenceNumbers numbers,
			ReceiptFacts receipts, AuditTrail audit, StaffUsers staff, TransactionTemplate tx, Idempotency idempotency,
			Clock clock) {
		this.idempotency = idempotency;
		this.staff = staff;
		this.shifts = shifts;
		this.payments = payments;
		this.accounts = accounts;
		this.ledger = ledger;
		this.numbers = numbers;
		this.receipts = receipts;
		this.audit = audit;
		this.tx = tx;
		this.clock = clock;
	}

	public Optional<Shift> currentShift(Tenant t) {
		t.requireMunicipality();
		return shifts.openOf(t.userId());
	}

	public Shift openShift(Tenant t, Som openingFloat) {
		long m = t.requireMunicipality();
		if (openingFloat == null || openingFloat.isNegative() || openingFloat.tyiyn() > MAX_CASH) {
			throw new InvalidInputException("openingFloat", "payments.error.float");
		}
		try {
			return tx.execute(status -> {
				long id = shifts.open(m, t.userId(), staff.displayName(t), clock.instant(), openingFloat);
				Shift shift = shifts.find(t.userId(), id).orElseThrow();
				audit.record(AuditRecord.created("cash_shift", id, m, Map.of("openingFloat", openingFloat.tyiyn())));
				return shift;
			});
		}
		catch (DuplicateKeyException e) {
			throw new InvalidInputException("shift", "payments.error.shiftOpen");
		}
	}

	/** Cash for an account. {@code key} names this payment attempt; the same key again returns the same receipt. */
	public Receipt take(Tenant t, String accountNumber, Som amount, String payerName, String key) {
		long m = t.requireMunicipality();
		if (key == null || key.isBlank()) {
			throw new InvalidInputException(IdempotentRequest.FIELD, "payments.error.key");
		}
		PayerAccount account = accounts.require(t, accountNumber);
		if (amount == null || amount.tyiyn() <= 0) {
			throw new InvalidInputException("amount", "payments.error.amount");
		}
		if (amount.tyiyn() > MAX_CASH) {
			throw new InvalidInputException("amount", "payments.error.amountTooLarge");
		}
		String payer = payerName == null || payerName.isBlank() ? null : payerName.strip();
		if (payer != null && payer.length() > 200) {
			throw new InvalidInputException("payerName", "payments.error.tooLong", 200);
		}
		IdempotentRequest request = IdempotentRequest.of(m, "payments.cash", key, account.id(), amount.tyiyn())
			.reusedMessage("payments.error.keyReused");
		return tx.execute(status -> idempotency.once(request, () -> {
			Shift shift = shifts.lockOpenOf(t.userId())
				.orElseThrow(() -> new InvalidInputException("shift", "payments.error.noShift"));
			LocalDate today = LocalDate.now(clock.withZone(Formats.BISHKEK));
			var n = numbers.next(m, "RCPT", today.getYear());
			String receipt = String.format("%s-%d-K%06d", n.municipalityCode(), n.year(), n.number());
			Posted posted = ledger.post(t, account, new Posting(EntryKind.PAYMENT, amount.negate(), today, null, null,
					payer, CHANNEL, receipt, null));
			payments.insert(m, account.id(), posted.entry().id(), CHANNEL, shift.id(), receipt, amount,
					clock.instant(), payer, t.userId(), staff.displayName(t));
			audit.record(AuditRecord.created("payment", receipt, m,
					Map.of("account", account.number().value(), "amount", amount.tyiyn(), "channel", CHANNEL)));
			return receipts.of(t, payments.byReceipt(m, receipt).orElseThrow(), false);
		}, Receipt::number, number -> receipts.of(t, payments.byReceipt(m, number).orElseThrow(), true)).value());
	}

	/** Closes the cashier's shift with the cash counted in the drawer; a difference is recorded, not hidden. */
	public Shift closeShift(Tenant t, Som counted, String note) {
		long m = t.requireMunicipality();
		if (counted == null || counted.isNegative() || counted.tyiyn() > 100 * MAX_CASH) {
			throw new InvalidInputException("counted", "payments.error.counted");
		}
		String why = note == null || note.isBlank() ? null : note.strip();
		if (why != null && why.length() > 500) {
			throw new InvalidInputException("note", "payments.error.tooLong", 500);
		}
		return tx.execute(status -> {
			Shift shift = shifts.lockOpenOf(t.userId())
				.orElseThrow(() -> new InvalidInputException("shift", "payments.error.noShift"));
			Som expected = shift.inDrawer();
			if (!counted.equals(expected) && why == null) {
				throw new InvalidInputException("note", "payments.error.explainDifference", Formats.money(counted.minus(expected)));
			}
			shifts.close(shift.id(), clock.instant(), expected, counted, why);
			audit.record(AuditRecord.updated("cash_shift", shift.id(), m, null,
					Map.of("expected", expected.tyiyn(), "counted", counted.tyiyn(), "difference",
							counted.minus(expected).tyiyn())));
			return shifts.find(t.userId(), shift.id()).orElseThrow();
		});
	}

	public Receipt receipt(Tenant t, String number) {
		PaymentRow row = payments.byReceipt(t.requireMunicipality(), number)
			.orElseThrow(() -> new NotFoundException("receipt"));
		return receipts.of(t, row, false);
	}

	/** The shift's receipts, newest first; each is put together from its account, so ask for as many as will be shown. */
	public List<Receipt> receiptsOf(Tenant t, Shift shift, int limit) {
		return payments.ofShift(t.requireMunicipality(), shift.id(), limit).stream().map(p -> receipts.of(t, p, false)).toList();
	}
}
