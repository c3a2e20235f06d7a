package kg.tereze.certificates.internal;

import java.time.LocalDate;

/**
 * What the journal of issued certificates is narrowed to; every part may be absent. {@code status} is
 * VALID or ANNULLED; {@code text} matches the number or the person's name.
 */
public record JournalFilter(String type, LocalDate from, LocalDate to, Long clerkId, Long villageId, String status,
		String text) {

	public static JournalFilter none() {
		return new JournalFilter(null, null, null, null, null, null, null);
	}
}
