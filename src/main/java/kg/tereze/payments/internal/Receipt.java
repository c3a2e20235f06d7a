package kg.tereze.payments.internal;

import java.time.Instant;

import kg.tereze.shared.LocalizedName;
import kg.tereze.shared.Som;

/** What the payer takes home: a numbered receipt for one payment, and the balance it left. */
public record Receipt(String number, Instant paidAt, LocalizedName municipality, LocalizedName book, String accountNumber,
		String holderName, String address, Som amount, Som balanceAfter, String payerName, String cashierName,
		long ledgerEntryId, boolean replayed) {
}
