package kg.tereze.payments;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import kg.tereze.ledger.AccountNumber;
import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.EntryKind;
import kg.tereze.ledger.Ledger;
import kg.tereze.ledger.PayerAccount;
import kg.tereze.ledger.Posted;
import kg.tereze.ledger.Posting;
import kg.tereze.payments.internal.AgentStore;
import kg.tereze.payments.internal.AgentStore.AgentTxn;
import kg.tereze.shared.Formats;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Som;
import kg.tereze.shared.Tenant;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Payments from terminal networks and wallets by the OSMP/QIWI provider protocol. {@code (agent, txn_id)}
 * is the idempotency key: a repeated pay answers the first one's {@code prv_txn} and posts nothing; the
 * same txn_id for another account or sum is refused. Every answer is a result code, never an exception.
 */
@Service
public class AgentPayments {

	static final String CHANNEL = "AGENT";

	/** JSON API keys live apart from OSMP txn_ids of the same agent. */
	static final String API_KEY_PREFIX = "key:";

	private static final Pattern TXN_ID = Pattern.compile("[0-9]{1,20}");

	private static final Pattern SUM = Pattern.compile("[0-9]{1,12}(\\.[0-9]{1,2})?");

	private static final Pattern DATE = Pattern.compile("[0-9]{14}");

	private static final Pattern SPACES_AND_DASHES = Pattern.compile("[\\s-]");

	private static final DateTimeFormatter TXN_DATE = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

	private final AgentStore store;

	private final Accounts accounts;

	private final Ledger ledger;

	private final TransactionTemplate tx;

	private final Clock clock;

	AgentPayments(AgentStore store, Accounts accounts, Ledger ledger, TransactionTemplate tx, Clock clock) {
		this.store = store;
		this.accounts = accounts;
		this.ledger = ledger;
		this.tx = tx;
		this.clock = clock;
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
			return pay(agent, txnId, r.account(), sum, shownSum, date);
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
		String txnId = API_KEY_PREFIX + k;
		Som sum = parseSum(amount == null ? null : amount.strip());
		if (sum == null || sum.tyiyn() <= 0) {
			return ApiPayment.refused(OsmpResult.OTHER_ERROR, "amount", "amount");
		}
		boolean repeat = store.txn(agent.id(), txnId).isPresent();
		LocalDateTime date = paidAt == null ? LocalDateTime.now(clock.withZone(Formats.BISHKEK)) : paidAt;
		AgentAnswer a = pay(agent, txnId, accountText, sum, sum.toBigDecimal().toPlainString(), date);
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
		return new ApiPayment(OsmpResult.OK, a.prvTxn(), repeat, sum, null, null);
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
	 * A payment counts on the day the payer paid (the agent's registry says the same, so reconciliation
	 * matches day by day), unless that month is closed or the date is still to come: then today.
	 */
	private LocalDate bookedOn(Tenant channel, PayerAccount account, LocalDate paidOn) {
		LocalDate today = LocalDate.now(clock.withZone(Formats.BISHKEK));
		if (!paidOn.isBefore(today)) {
			// the usual case, paid today: no need to look the book up on every payment
			return today;
		}
		boolean open = accounts.books(channel).stream().anyMatch(b -> b.id() == account.bookId() && b.isOpenOn(paidOn));
		return open ? paidOn : today;
	}

	/**
	 * The account is checked first; a txn_id seen before is looked up only when that check fails (the
	 * limits may have changed since) or when the ledger finds the posting's key taken. The copy of a pay
	 * sent at the same moment waits on the first one's uncommitted entry and then answers its prv_txn.
	 */
	private AgentAnswer pay(PaymentAgent agent, String txnId, String accountText, Som sum, String shownSum,
			LocalDateTime date) {
		Checked c = checkAccount(agent, accountText, sum);
		if (c.result != OsmpResult.OK) {
			return earlierOr(agent, txnId, c.account, sum, shownSum, AgentAnswer.of(txnId, shownSum, c.result, c.comment));
		}
		PayerAccount account = c.account;
		Tenant channel = new Tenant(0, "agent:" + agent.code(), account.municipalityId(), null, Set.of());
		try {
			return tx.execute(status -> {
				Posted posted = ledger.post(channel, account, new Posting(EntryKind.PAYMENT, sum.negate(),
						bookedOn(channel, account, date.toLocalDate()), null, null,
						agent.name(), CHANNEL, agent.code() + ":" + txnId, "agent:" + agent.id() + ":" + txnId));
				if (posted.replayed()) {
					return earlierOr(agent, txnId, account, sum, shownSum, retry(txnId, shownSum));
				}
				long prvTxn = store.insertTxn(agent.id(), txnId, account.municipalityId(), account.id(), sum.tyiyn(), date,
						clock.instant(), posted.entry().id());
				return new AgentAnswer(txnId, prvTxn, shownSum, OsmpResult.OK, "OK");
			});
		}
		catch (DuplicateKeyException e) {
			return earlierOr(agent, txnId, account, sum, shownSum, retry(txnId, shownSum));
		}
		catch (InvalidInputException e) {
			// the same key for another account or sum, or a posting the book refuses now
			return earlierOr(agent, txnId, account, sum, shownSum,
					AgentAnswer.of(txnId, shownSum, OsmpResult.PAYMENT_NOT_ALLOWED, "payment not allowed now"));
		}
		catch (DataAccessException e) {
			return retry(txnId, shownSum);
		}
	}

	/** The answer to an earlier pay with this txn_id if there was one, else {@code otherwise}. */
	private AgentAnswer earlierOr(PaymentAgent agent, String txnId, PayerAccount account, Som sum, String shownSum,
			AgentAnswer otherwise) {
		return store.txn(agent.id(), txnId).map(earlier -> repeat(earlier, account, sum, shownSum)).orElse(otherwise);
	}

	private static AgentAnswer retry(String txnId, String shownSum) {
		return AgentAnswer.of(txnId, shownSum, OsmpResult.TEMPORARY_ERROR, "temporary error, retry");
	}

	/** The same txn_id again: the first answer if it is the same payment, a refusal if not. */
	private AgentAnswer repeat(AgentTxn earlier, PayerAccount account, Som sum, String shownSum) {
		if (account == null || account.id() != earlier.accountId() || earlier.amount() != sum.tyiyn()) {
			return AgentAnswer.of(earlier.txnId(), shownSum, OsmpResult.OTHER_ERROR,
					"txn_id was used for another account or sum");
		}
		return new AgentAnswer(earlier.txnId(), earlier.id(), shownSum, OsmpResult.OK, "OK");
	}

	private record Checked(OsmpResult result, String comment, PayerAccount account) {
	}

	private Checked checkAccount(PaymentAgent agent, String accountText, Som sum) {
		String number = accountText == null ? "" : SPACES_AND_DASHES.matcher(accountText).replaceAll("");
		if (!AccountNumber.wellFormed(number)) {
			return new Checked(OsmpResult.WRONG_ACCOUNT_FORMAT, "account is 8 digits with a check digit", null);
		}
		Optional<PayerAccount> account = accounts.byNumber(new AccountNumber(number));
		if (account.isEmpty()) {
			return new Checked(OsmpResult.ACCOUNT_NOT_FOUND, "account not found", null);
		}
		if (!agent.serves(account.get().municipalityId())) {
			return new Checked(OsmpResult.PAYMENT_NOT_ALLOWED, "this agent does not serve the account's municipality",
					account.get());
		}
		if (sum != null && sum.tyiyn() < agent.minSum()) {
			return new Checked(OsmpResult.SUM_TOO_SMALL, "sum is below " + Som.ofTyiyn(agent.minSum()).toBigDecimal(),
					account.get());
		}
		if (sum != null && sum.tyiyn() > agent.maxSum()) {
			return new Checked(OsmpResult.SUM_TOO_LARGE, "sum is above " + Som.ofTyiyn(agent.maxSum()).toBigDecimal(),
					account.get());
		}
		return new Checked(OsmpResult.OK, "OK", account.get());
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
