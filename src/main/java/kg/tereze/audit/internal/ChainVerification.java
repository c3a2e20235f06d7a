package kg.tereze.audit.internal;

/** The result of re-computing the audit chains: how many entries were checked and the first one that does not fit. */
public record ChainVerification(boolean intact, long checkedEntries, Long firstBrokenEntryId, String reason) {

	static ChainVerification ok(long checked) {
		return new ChainVerification(true, checked, null, null);
	}

	static ChainVerification broken(long checked, long entryId, String reason) {
		return new ChainVerification(false, checked, entryId, reason);
	}
}
