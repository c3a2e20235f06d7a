package kg.tereze.certificates.internal;

import java.time.Instant;

import kg.tereze.shared.LocalizedName;

/** One line of the journal of issued certificates. */
public record JournalEntry(String number, Instant issuedAt, String typeCode, LocalizedName title, String personName,
		long villageId, long issuedBy, String issuedByName, String purpose, Instant annulledAt, String annulReason) {

	public boolean valid() {
		return annulledAt == null;
	}
}
