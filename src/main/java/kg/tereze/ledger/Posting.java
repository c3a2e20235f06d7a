package kg.tereze.ledger;

import java.time.LocalDate;

import kg.tereze.shared.Som;

/**
 * An entry to be written. {@code amount} has the sign of its effect on the debt (see {@link EntryKind});
 * {@code idempotencyKey}, when given, makes a repeated posting return the first one instead of a second.
 * {@code dueOn} null means due on the day it is booked.
 */
public record Posting(EntryKind kind, Som amount, LocalDate bookedOn, LocalDate dueOn, String serviceCode,
		String memo, String source, String reference, String idempotencyKey) {

	public LocalDate due() {
		return dueOn == null ? bookedOn : dueOn;
	}
}
