package kg.tereze.billing.internal;

/** A preview computes the totals and writes nothing to the ledger; a commit bills. */
public enum RunMode {
	PREVIEW, COMMIT
}
