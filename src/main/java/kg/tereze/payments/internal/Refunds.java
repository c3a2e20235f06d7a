package kg.tereze.payments.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import kg.tereze.payments.internal.RefundStore.NewRefund;
import kg.tereze.shared.Formats;
import kg.tereze.shared.Idempotency;
import kg.tereze.shared.IdempotentRequest;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.ResultPage;
import kg.tereze.shared.Som;
import kg.tereze.shared.Tenant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refunds of overpayments, in two hands: the accountant authorises one against the account's credit, with
 * the reason and the payer's application it rests on; a cashier pays it out of an open shift, and only then
 * is the REFUND entry posted and the cash disbursement voucher printed. The credit is checked again at the
 * payout, since charges may have used it up in between.
 */
@Service
public class Refunds {

	static final String SERIES = "RFND";

	private final RefundStore store;

	private final ShiftStore shifts;

	private final Accounts accounts;

	private final Ledger ledger;

	private final ReferenceNumbers numbers;

	private final AuditTrail audit;

	private final StaffUsers staff;

	private final TransactionTemplate tx;

	private final Idempotency idempotency;

	private final Clock clock;

	Refunds(RefundStore store, ShiftStore shifts, Accounts accounts, Ledger ledger, ReferenceNumbers numbers,
			AuditTrail audit, StaffUsers staff, TransactionTemplate tx, Idempotency idempotency, Clock clock) {
		this.idempotency = idempotency;
		this.store = store;
		this.shifts = shifts;
		this.accounts = accounts;
		this.ledger = ledger;
		this.numbers = numbers;
		this.audit = audit;
		this.staff = staff;
		this.tx = tx;
		this.clock = clock;
	}

	/** What the accountant fills in. */
	public record Authorisation(String account, Som amount, String reason, String basis, String recipientName) {
	}

	/** {@code key} names this request; the same key again answers the same refund. */
	public Refund authorise(Tenant t, Authorisation a, String key) {
		long m = t.requireMunicipality();
		PayerAccount account = accounts.require(t, a.account());
		if (a.amount() == null || a.amount().tyiyn() <= 0) {
			throw new InvalidInputException("amount", "payments.error.amount");
		}
		String reason = text("reason", a.reason(), 500);
		String basis = text("basis", a.basis(), 200);
		String recipient = text("recipientName", a.recipientName(), 200);
		IdempotentRequest request = IdempotentRequest.of(m, "payments.refund", key, account.id(), a.amount().tyiyn())
			.reusedMessage("payments.error.keyReused");
		try {
			return tx.execute(status -> idempotency.once(request, () -> {
				requireCredit(t, account, a.amount());
				if (store.waitingFor(account.id()).isPresent()) {
					throw new InvalidInputException("account", "payments.refund.error.waiting");
				}
				int year = today().getYear();
				var n = numbers.next(m, SERIES, year);
				String number = String.format("%s-%d-V%06d", n.municipalityCode(), n.year(), n.number());
				store.insert(new NewRefund(m, account.id(), number, a.amount().tyiyn(), reason, basis, recipient,
						clock.instant(), t.userId(), staff.displayName(t)));
				audit.record(AuditRecord.created("refund", number, m, Map.of("account", account.number().value(),
						"amount", a.amount().tyiyn(), "reason", reason, "basis", basis)));
				return store.byNumber(m, number).orElseThrow();
			}, Refund::number, number -> store.byNumber(m, number).orElseThrow()).value());
		}
		catch (DuplicateKeyException e) {
			// another refund for the account got in at the same moment
			throw new InvalidInputException("account", "payments.refund.error.waiting");
		}
	}

	/** Pays a waiting refund out of the cashier's open shift: the ledger entry, the voucher, the drawer. */
	public Refund payOut(Tenant t, String number, String recipientDocument) {
		long m = t.requireMunicipality();
		String document = text("recipientDocument", recipientDocument, 100);
		return tx.execute(status -> {
			// the refund first: one of another municipality or book is not found, whatever the caller's shift
			Refund r = store.lock(m, number).orElseThrow(() -> new NotFoundException("refund"));
			PayerAccount account = accounts.find(t, r.accountId()).orElseThrow(() -> new NotFoundException("refund"));
			Shift shift = shifts.lockOpenOf(t.userId())
				.orElseThrow(() -> new InvalidInputException("shift", "payments.error.noShift"));
			if (!r.waiting()) {
				throw new InvalidInputException("refund", "payments.refund.error.notWaiting");
			}
			if (shift.inDrawer().tyiyn() < r.amount().tyiyn()) {
				throw new InvalidInputException("refund", "payments.refund.error.drawer", Formats.money(shift.inDrawer()));
			}
			requireCredit(t, account, r.amount());
			Posted posted = ledger.post(t, account, new Posting(EntryKind.REFUND, r.amount(), today(), null, null,
					r.reason(), CashDesk.CHANNEL, r.number(), null));
			store.paid(r.id(), clock.instant(), shift.id(), staff.displayName(t), document, posted.entry().id());
			audit.record(AuditRecord.updated("refund", r.number(), m, Map.of("status", "AUTHORISED"),
					Map.of("status", "PAID", "shift", shift.id(), "amount", r.amount().tyiyn())));
			return store.byNumber(m, number).orElseThrow();
		});
	}

	public Refund cancel(Tenant t, String number, String reason) {
		long m = t.requireMunicipality();
		String why = text("cancelReason", reason, 500);
		return tx.execute(status -> {
			Refund r = store.lock(m, number).orElseThrow(() -> new NotFoundException("refund"));
			accounts.find(t, r.accountId()).orElseThrow(() -> new NotFoundException("refund"));
			if (!r.waiting()) {
				throw new InvalidInputException("refund", "payments.refund.error.notWaiting");
			}
			store.cancelled(r.id(), clock.instant(), staff.displayName(t), why);
			audit.record(AuditRecord.updated("refund", r.number(), m, Map.of("status", "AUTHORISED"),
					Map.of("status", "CANCELLED", "reason", why)));
			return store.byNumber(m, number).orElseThrow();
		});
	}

	public Refund find(Tenant t, String number) {
		Refund r = store.byNumber(t.requireMunicipality(), number).orElseThrow(() -> new NotFoundException("refund"));
		accounts.find(t, r.accountId()).orElseThrow(() -> new NotFoundException("refund"));
		return r;
	}

	/** The refunds of the books the user sees (an enterprise's staff: their enterprise's), newest first. */
	public List<Refund> list(Tenant t, Refund.Status status, int limit) {
		return page(t, status, Refund.Sort.NEWEST, 0, limit).items();
	}

	/** A page of the refunds of the books the user sees. */
	public ResultPage<Refund> page(Tenant t, Refund.Status status, Refund.Sort sort, int page, int size) {
		long m = t.requireMunicipality();
		Long[] books = accounts.books(t).stream().map(b -> b.id()).toArray(Long[]::new);
		int p = Math.max(0, page);
		return new ResultPage<>(store.list(m, books, status, sort == null ? Refund.Sort.NEWEST : sort, p * size, size),
				store.count(m, books, status), p, size);
	}

	/** The account's credit now: what it has paid beyond what it owes (zero when it owes). */
	public Som credit(Tenant t, PayerAccount account) {
		Som balance = ledger.balance(t, account);
		return balance.isNegative() ? balance.negate() : Som.ofTyiyn(0);
	}

	private void requireCredit(Tenant t, PayerAccount account, Som amount) {
		Som credit = credit(t, account);
		if (credit.tyiyn() < amount.tyiyn()) {
			throw new InvalidInputException("amount", "payments.refund.error.credit", Formats.money(credit));
		}
	}

	private static String text(String field, String value, int max) {
		String v = value == null ? "" : value.strip();
		if (v.isEmpty()) {
			throw new InvalidInputException(field, "payments.refund.error.required");
		}
		if (v.length() > max) {
			throw new InvalidInputException(field, "payments.error.tooLong", max);
		}
		return v;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Formats.BISHKEK));
	}
}
