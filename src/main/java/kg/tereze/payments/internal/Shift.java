package kg.tereze.payments.internal;

import java.time.Instant;

import kg.tereze.shared.Som;

/**
 * A cashier's shift. While open, {@code taken} is what came in so far and {@code paidOut} what went out as
 * refunds; once closed, {@code expected} is the float plus what came in less what went out, and
 * {@code difference} is the count minus that (negative: short).
 */
public record Shift(long id, long municipalityId, long cashierId, String cashierName, Instant openedAt,
		Som openingFloat, int payments, Som taken, Som paidOut, Instant closedAt, Som expected, Som counted,
		Som difference, String closeNote) {

	/** What should be in the drawer now. */
	public Som inDrawer() {
		return openingFloat.plus(taken).minus(paidOut);
	}
}
