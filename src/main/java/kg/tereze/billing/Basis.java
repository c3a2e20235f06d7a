package kg.tereze.billing;

/** What a service's price is for: the unit a month's charge multiplies. */
public enum Basis {
	/** Each person living in the household on the billing date (water from a standpipe or a yard tap, waste). */
	PER_PERSON,
	/** Each cubic metre the meter shows. */
	PER_M3,
	/** The household as a whole, each month. */
	PER_HOUSEHOLD,
	/** A fixed monthly fee, whoever holds the account (organisations). */
	FLAT,
	/** Charged once, in the month the subscription starts (a connection). */
	ONE_OFF;

	/** Whether a month of partial service is charged for the days it covered. */
	public boolean proRated() {
		return this != ONE_OFF && this != PER_M3;
	}
}
