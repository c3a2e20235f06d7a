package kg.tereze.payments.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;

import kg.tereze.ledger.AccountNumber;
import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.EntryKind;
import kg.tereze.ledger.Ledger;
import kg.tereze.ledger.PayerAccount;
import kg.tereze.ledger.Posted;
import kg.tereze.ledger.Posting;
import kg.tereze.shared.Formats;
import kg.tereze.shared.Idempotency;
import kg.tereze.shared.Idempotency.Once;
import kg.tereze.shared.IdempotentRequest;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Som;
import kg.tereze.shared.Tenant;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Payments from terminal networks and wallets by the OSMP/QIWI provider protocol. The txn_id is the
 * agent's idempotency key (kept by {@link Idempotency}, per agent): a repeated pay answers the first
 * one's {@code prv_txn} and posts nothing; the same txn_id for another account or sum is refused. Every answer is a result code, never an exception.
 */
@Service
public class AgentPayments {

	static final String CHANNEL = "AGENT";

	/** JSON API keys live apart from OSMP txn_ids of the same agent (in agent_txn, under this prefix). */
	static final String API_KEY_PREFIX = "key:";

	/** The idempotency kinds, each per agent: OSMP txn_ids and JSON API keys. */
	private static final String OSMP_KIND = "payments.agent:";

	private static final String API_KIND = "payments.agent-api:";

	/** An agent's date further back than this is booked today, its own date kept beside the payment. */
	static final int DAYS_BACK = 3;

	private static final Pattern TXN_ID = Pattern.compile("[0-9]{1,20}");

	private static final Pattern SUM = Pattern.compile("[0-9]{1,12}(\\.[0-9]{1,2})?");

	private static final Pattern DATE = Pattern.compile("[0-9]{14}");

	private static final Pattern SPACES_AND_DASHES = Pattern.compile("[\\s-]");

	private static final DateTimeFormatter TXN_DATE = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

	private final AgentStore store;

	private final Accounts accounts;

	private final Ledger ledger;

	private final TransactionTemplate tx;

	private final Idempotency idempotency;

	private final Clock clock;

	AgentPayments(AgentStore store, Accounts accounts, Ledger ledger, TransactionTemplate tx, Idempotency idempotency,
			Clock clock) {
		this.idempotency = idempotency;
		this.store = store;
		this.accounts = accounts;
		this.ledger = ledger;
		this.tx = tx;
		this.clock = clock;
	}

	/**
	 * The same payments as seen on another day: for writing history as it happened (the demo's past
	 * months), where the rule that an old date is booked today would put every payment on one day.
	 */
	public AgentPayments asOf(Clock day) {
		return new AgentPayments(store, accounts, ledger, tx, idempotency, day);
	}

	/** A request as it came: every field is text until it is checked. */
	public record Request(String command, String txnId, String account, String sum, String txnDate) {
	}

	public AgentAnswer handle(PaymentAgent agent, Request r) {
		String txnId = r.txnId() == null ? "" : r.txnId().strip();
		String sumText = r.sum() == null ? null : r.sum().strip();
		if (!TXN_ID.matcher(txnId).matches()) {
			return AgentAnswer.of(txnId, sumText, OsmpResult.OTHER_ERROR, "txn_id must be 1 to 20 digits");
		}
		Som sum = parseSum(sumText);
		if (sumText != null && sum == null) {
			return AgentAnswer.of(txnId, sumText, OsmpResult.OTHER_ERROR, "sum must be like 150.00");
		}
		String shownSum = sum == null ? sumText : sum.toBigDecimal().toPlainString();
		if ("check".equals(r.command())) {
			return check(agent, txnId, r.account(), sum, shownSum);
		}
		if ("pay".equals(r.command())) {
			if (sum == null) {
				return AgentAnswer.of(txnId, shownSum, OsmpResult.OTHER_ERROR, "sum is required");
			}
			LocalDateTime date = parseDate(r.txnDate());
			if (date == null) {
				return AgentAnswer.of(txnId, shownSum, OsmpResult.OTHER_ERROR, "txn_date must be YYYYMMDDHHMMSS");
			}
			return pay(agent, OSMP_KIND, txnId, r.account(), sum, shownSum, date).value();
		}
		return AgentAnswer.of(txnId, shownSum, OsmpResult.OTHER_ERROR, "command must be check or pay");
	}

	/**
	 * A payment through the JSON API of banks and wallets: the {@code Idempotency-Key} plays the part
	 * of the OSMP txn_id (in a space of its own), with the same guarantees: a repeat answers the first
	 * payment, the same key with another account or sum is refused.
	 */
	public ApiPayment payByApi(PaymentAgent agent, String key, String accountText, String amount, LocalDateTime paidAt) {
		String k = key == null ? "" : key.strip();
		if (k.isEmpty() || k.length() > 100) {
			return ApiPayment.refused(OsmpResult.OTHER_ERROR, "idempotencyKey", "key");
		}
		Som sum = parseSum(amount == null ? null : amount.strip());
		if (sum == null || sum.tyiyn() <= 0) {
			return ApiPayment.refused(OsmpResult.OTHER_ERROR, "amount", "amount");
		}
		LocalDateTime date = paidAt == null ? LocalDateTime.now(clock.withZone(Formats.BISHKEK)) : paidAt;
		Once<AgentAnswer> once = pay(agent, API_KIND, k, accountText, sum, sum.toBigDecimal().toPlainString(), date);
		AgentAnswer a = once.value();
		if (a.result() != OsmpResult.OK) {
			return switch (a.result()) {
				case OTHER_ERROR -> ApiPayment.refused(a.result(), "idempotencyKey", "keyReused");
				case SUM_TOO_SMALL -> ApiPayment.refused(a.result(), "amount", "sumTooSmall");
				case SUM_TOO_LARGE -> ApiPayment.refused(a.result(), "amount", "sumTooLarge");
				case WRONG_ACCOUNT_FORMAT -> ApiPayment.refused(a.result(), "account", "accountFormat");
				case ACCOUNT_NOT_FOUND -> ApiPayment.refused(a.result(), "account", "accountNotFound");
				case PAYMENT_NOT_ALLOWED -> ApiPayment.refused(a.result(), "account", "notAllowed");
				default -> ApiPayment.refused(a.result(), null, "retry");
			};
		}
		return new ApiPayment(OsmpResult.OK, a.prvTxn(), once.repeated(), sum, null, null);
	}

	/** What the JSON API answers: the payment, or why not (the field at fault and a reason the answer names). */
	public record ApiPayment(OsmpResult result, Long paymentId, boolean replayed, Som amount, String field,
			String reason) {

		static ApiPayment refused(OsmpResult result, String field, String reason) {
			return new ApiPayment(result, null, false, null, field, reason);
		}
	}

	private AgentAnswer check(PaymentAgent agent, String txnId, String accountText, Som sum, String shownSum) {
		Checked c = checkAccount(agent, accountText, sum);
		if (c.result != OsmpResult.OK) {
			return AgentAnswer.of(txnId, shownSum, c.result, c.comment);
		}
		return AgentAnswer.of(txnId, shownSum, OsmpResult.OK, "OK");
	}

	/**
	 * A payment counts on the day the payer paid (the agent's statement says the same, so reconciliation
	 * matches day by day), unless that month is closed, the date is still to come, or it lies more than
	 * three days back (a terminal that sends a month-old date must not reopen a month's figures): then today.
	 */
	private LocalDate bookedOn(Tenant channel, PayerAccount account, LocalDate paidOn) {
		LocalDate today = LocalDate.now(clock.withZone(Formats.BISHKEK));
		if (!paidOn.isBefore(today) || paidOn.isBefore(today.minusDays(DAYS_BACK))) {
			// the usual case, paid today: no need to look the book up on every payment
			return today;
		}
		boolean open = accounts.books(channel).stream().anyMatch(b -> b.id() == account.bookId() && b.isOpenOn(paidOn));
		return open ? paidOn : today;
	}

	/**
	 * The account is found first (its id is part of what a repeat must match); then, in one
	 * transaction, the txn_id is claimed, the agent's limits checked and the payment posted. A repeat
	 * answers the first payment's prv_txn whatever the limits are now; the same txn_id for another
	 * account or sum is refused; a copy sent at the same moment waits for the first and answers it.
	 */
	private Once<AgentAnswer> pay(PaymentAgent agent, String kind, String txnId, String accountText, Som sum,
			String shownSum, LocalDateTime date) {
		Checked found = findAccount(accountText);
		if (found.result != OsmpResult.OK) {
			return new Once<>(AgentAnswer.of(txnId, shownSum, found.result, found.comment), false);
		}
		PayerAccount account = found.account;
		Tenant channel = new Tenant(0, "agent:" + agent.code(), account.municipalityId(), null, Set.of());
		String agentTxnId = kind.equals(API_KIND) ? API_KEY_PREFIX + txnId : txnId;
		IdempotentRequest request = IdempotentRequest.of(0, kind + agent.id(), txnId, account.id(), sum.tyiyn());
		try {
			return tx.execute(status -> idempotency.once(request, () -> {
				Checked c = checkLimits(agent, account, sum);
				if (c.result != OsmpResult.OK) {
					throw new Refused(c);
				}
				Posted posted = ledger.post(channel, account, new Posting(EntryKind.PAYMENT, sum.negate(),
						bookedOn(channel, account, date.toLocalDate()), null, null,
						agent.name(), CHANNEL, agent.code() + ":" + agentTxnId, null));
				long prvTxn = store.insertTxn(agent.id(), agentTxnId, account.municipalityId(), account.id(), sum.tyiyn(),
						date, clock.instant(), posted.entry().id());
				return new AgentAnswer(txnId, prvTxn, shownSum, OsmpResult.OK, "OK");
			}, a -> String.valueOf(a.prvTxn()),
					prvTxn -> new AgentAnswer(txnId, Long.parseLong(prvTxn), shownSum, OsmpResult.OK, "OK")));
		}
		catch (Refused e) {
			return new Once<>(AgentAnswer.of(txnId, shownSum, e.checked.result, e.checked.comment), false);
		}
		catch (Idempotency.KeyReusedException e) {
			return new Once<>(AgentAnswer.of(txnId, shownSum, OsmpResult.OTHER_ERROR,
					"txn_id was used for another account or sum"), false);
		}
		catch (InvalidInputException e) {
			// a posting the book refuses now
			return new Once<>(AgentAnswer.of(txnId, shownSum, OsmpResult.PAYMENT_NOT_ALLOWED, "payment not allowed now"),
					false);
		}
		catch (DataAccessException e) {
			return new Once<>(AgentAnswer.of(txnId, shownSum, OsmpResult.TEMPORARY_ERROR, "temporary error, retry"), false);
		}
	}

	/** A limit the payment breaks, thrown inside the claiming transaction so that the claim goes with it. */
	private static final class Refused extends RuntimeException {

		private final transient Checked checked;

		Refused(Checked checked) {
			super(checked.comment, null, false, false);
			this.checked = checked;
		}
	}

	private record Checked(OsmpResult result, String comment, PayerAccount account) {
	}

	private Checked checkAccount(PaymentAgent agent, String accountText, Som sum) {
		Checked found = findAccount(accountText);
		return found.result != OsmpResult.OK ? found : checkLimits(agent, found.account, sum);
	}

	private Checked findAccount(String accountText) {
		String number = accountText == null ? "" : SPACES_AND_DASHES.matcher(accountText).replaceAll("");
		if (!AccountNumber.wellFormed(number)) {
			return new Checked(OsmpResult.WRONG_ACCOUNT_FORMAT, "account is 8 digits with a check digit", null);
		}
		return accounts.byNumber(new AccountNumber(number))
			.map(a -> new Checked(OsmpResult.OK, "OK", a))
			.orElse(new Checked(OsmpResult.ACCOUNT_NOT_FOUND, "account not found", null));
	}

	private static Checked checkLimits(PaymentAgent agent, PayerAccount account, Som sum) {
		if (!agent.serves(account.municipalityId())) {
			return new Checked(OsmpResult.PAYMENT_NOT_ALLOWED, "this agent does not serve the account's municipality",
					account);
		}
		if (sum != null && sum.tyiyn() < agent.minSum()) {
			return new Checked(OsmpResult.SUM_TOO_SMALL, "sum is below " + Som.ofTyiyn(agent.minSum()).toBigDecimal(),
					account);
		}
		if (sum != null && sum.tyiyn() > agent.maxSum()) {
			return new Checked(OsmpResult.SUM_TOO_LARGE, "sum is above " + Som.ofTyiyn(agent.maxSum()).toBigDecimal(),
					account);
		}
		return new Checked(OsmpResult.OK, "OK", account);
	}

	/** Decimal som with at most two decimals; anything else (three decimals, a sign, letters) is null. */
	static Som parseSum(String text) {
		if (text == null || !SUM.matcher(text).matches()) {
			return null;
		}
		return Som.ofTyiyn(new BigDecimal(text).movePointRight(2).longValueExact());
	}

	static LocalDateTime parseDate(String text) {
		if (text == null || !DATE.matcher(text).matches()) {
			return null;
		}
		try {
			return LocalDateTime.parse(text, TXN_DATE);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
