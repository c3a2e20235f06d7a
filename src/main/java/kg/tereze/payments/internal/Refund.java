package kg.tereze.payments.internal;

import java.time.Instant;

import kg.tereze.shared.Som;

/**
 * A refund of an overpayment: authorised by the accountant against the account's credit, then paid out in
 * cash by a cashier with a numbered voucher, or cancelled.
 */
public record Refund(long id, String number, long accountId, String accountNumber, String holderName, Som amount,
		String reason, String basis, String recipientName, Status status, Instant authorisedAt, String authorisedBy,
		Instant paidAt, String paidBy, String recipientDocument, Long ledgerEntryId, Instant cancelledAt,
		String cancelledBy, String cancelReason) {

	public enum Status { AUTHORISED, PAID, CANCELLED }

	/** How a list of refunds is ordered. */
	public enum Sort { NEWEST, AMOUNT, ACCOUNT }

	public boolean waiting() {
		return status == Status.AUTHORISED;
	}
}
