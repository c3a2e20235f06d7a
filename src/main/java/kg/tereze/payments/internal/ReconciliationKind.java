package kg.tereze.payments.internal;

/** What a reconciliation found for one transaction. */
public enum ReconciliationKind {
	/** The agent's statement lists it, Tereze has no such payment: the agent should send it again, or it is posted by hand. */
	MISSING_HERE,
	/** Tereze posted it, the agent's statement does not list it: the agent may claim the money back. */
	MISSING_THERE,
	/** Both have the transaction with another account or sum. */
	MISMATCH,
	/** A row of the file that could not be read. */
	BAD_ROW
}
