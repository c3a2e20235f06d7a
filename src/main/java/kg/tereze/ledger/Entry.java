package kg.tereze.ledger;

import java.time.Instant;
import java.time.LocalDate;

import kg.tereze.shared.Som;

/** One row of the money book; never changed once written. */
public record Entry(long id, long accountId, EntryKind kind, Som amount, LocalDate bookedOn, LocalDate dueOn,
		String serviceCode, String memo, String source, String reference, Long reversesId, Long reversedById,
		Instant createdAt, String createdByName) {

	public boolean reversed() {
		return reversedById != null;
	}

	/** Whether an accountant may still reverse it: not a reversal itself and not reversed yet. */
	public boolean reversible() {
		return kind != EntryKind.REVERSAL && reversedById == null;
	}
}
