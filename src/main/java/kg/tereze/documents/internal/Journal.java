package kg.tereze.documents.internal;

import kg.tereze.shared.LocalizedName;

/** A journal of the municipality, and how it numbers and times its documents. */
public record Journal(long id, long municipalityId, JournalKind kind, String code, LocalizedName name, String numberPrefix,
		Integer termDays) {

	/** {@code 01-12/245}, or {@code 245} when the journal has no prefix. */
	public String printed(int seq) {
		return numberPrefix.isEmpty() ? String.valueOf(seq) : numberPrefix + "/" + seq;
	}
}
