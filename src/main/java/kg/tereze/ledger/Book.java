package kg.tereze.ledger;

import java.time.LocalDate;

/**
 * The accounts of one keeper: the municipality itself ({@code enterpriseId} null: fees, later taxes)
 * or one of its enterprises. Months up to {@code closedThrough} take no new entries.
 */
public record Book(long id, long municipalityId, Long enterpriseId, LocalDate closedThrough) {

	public boolean isOpenOn(LocalDate day) {
		return closedThrough == null || day.isAfter(closedThrough);
	}
}
