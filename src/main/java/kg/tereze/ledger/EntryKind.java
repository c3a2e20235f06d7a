package kg.tereze.ledger;

/**
 * What an entry is. The amount is what the entry does to the payer's debt: a charge adds to it, a
 * payment takes from it, a refund gives back an overpayment (adds), an adjustment and an opening
 * balance go either way, and a reversal is the exact opposite of the entry it cancels.
 */
public enum EntryKind {
	OPENING_BALANCE, CHARGE, PAYMENT, ADJUSTMENT, REVERSAL, REFUND;

	/** Whether an amount of this sign is allowed for this kind (zero never is). */
	public boolean allows(long amount) {
		return switch (this) {
			case CHARGE, REFUND -> amount > 0;
			case PAYMENT -> amount < 0;
			case OPENING_BALANCE, ADJUSTMENT, REVERSAL -> amount != 0;
		};
	}
}
