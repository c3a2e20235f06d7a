package kg.tereze.documents.internal;

/** What a journal registers. */
public enum JournalKind {
	/** Letters from organisations and citizens: the district, ministries, courts, the prosecutor. */
	INCOMING,
	/** Letters the municipality sends. */
	OUTGOING,
	/** The head's orders (буйрук, распоряжение). */
	ORDER,
	/** Citizens' written, oral and electronic appeals, answered within a term (Law No. 67 of 2007). */
	APPEAL;

	/** Incoming letters and appeals come from someone; outgoing letters go to someone; orders have neither. */
	public boolean hasCorrespondent() {
		return this != ORDER;
	}
}
