package kg.tereze.payments.internal;

import java.time.LocalDateTime;

import kg.tereze.shared.Som;

/** One finding of a reconciliation; {@code reason} is a message key for bad rows and mismatches. */
public record ReconciliationItem(ReconciliationKind kind, Integer rowNo, String txnId, String account, Som fileAmount,
		Som ourAmount, String ourAccount, LocalDateTime txnDate, String reason) {
}
