package kg.tereze.billing.internal;

import java.time.LocalDate;
import java.time.YearMonth;

import kg.tereze.shared.InvalidInputException;

/**
 * The month a run bills and the dates that follow from it: charges are booked on the billing date
 * (the month's last day, or today while the month runs), persons are counted on that date, and the
 * bill falls due on the 20th of the next month, from when its arrears age.
 */
public record BillingMonth(YearMonth month, LocalDate billingDate) {

	static final int DUE_DAY = 20;

	public static BillingMonth of(YearMonth month, LocalDate today) {
		if (month == null) {
			throw new InvalidInputException("month", "billing.error.month");
		}
		if (month.isAfter(YearMonth.from(today))) {
			throw new InvalidInputException("month", "billing.error.futureMonth");
		}
		LocalDate end = month.atEndOfMonth();
		return new BillingMonth(month, end.isAfter(today) ? today : end);
	}

	public LocalDate firstDay() {
		return month.atDay(1);
	}

	/** The day after the month: ranges are half-open. */
	public LocalDate endExclusive() {
		return month.plusMonths(1).atDay(1);
	}

	public LocalDate dueOn() {
		return month.plusMonths(1).atDay(DUE_DAY);
	}
}
