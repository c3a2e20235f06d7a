package kg.tereze.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a meter showed on a day, and what was used since the reading before it ({@code days} days).
 * {@code flagged}: far above the account's average, for the accountant to check.
 */
public record Reading(long id, long meterId, LocalDate readOn, BigDecimal value, BigDecimal consumption, int days,
		ReadingSource source, boolean flagged, String takenBy, Instant createdAt) {
}
