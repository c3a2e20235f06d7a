package kg.tereze.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import kg.tereze.shared.Formats;
import kg.tereze.shared.InvalidInputException;

/**
 * Where a meter's dial stood on a day: its last reading, or its value when installed. The rules a new
 * reading must keep are here: not before this day, not in the future, not lower than this value (a
 * meter that went round or was changed is replaced, never read backwards).
 */
public record MeterPosition(LocalDate on, BigDecimal value) {

	/** Consumption over three times the average is flagged. */
	static final BigDecimal UNUSUAL = BigDecimal.valueOf(3);

	static final BigDecimal MAX_VALUE = new BigDecimal("999999999.999");

	/** Use between this position and a new reading. */
	public record Step(BigDecimal consumption, int days) {

		/**
		 * Over three times the average daily use (per day of the step, at least one day); never when
		 * there is no average yet.
		 */
		public boolean unusual(BigDecimal averagePerDay) {
			if (averagePerDay == null || averagePerDay.signum() <= 0) {
				return false;
			}
			return consumption.compareTo(averagePerDay.multiply(UNUSUAL).multiply(BigDecimal.valueOf(Math.max(days, 1)))) > 0;
		}
	}

	/** Checks a reading taken on {@code readOn} and measures the step to it. */
	public Step to(LocalDate readOn, BigDecimal reading, LocalDate today) {
		if (readOn == null) {
			throw new InvalidInputException("readOn", "billing.error.date");
		}
		if (readOn.isAfter(today)) {
			throw new InvalidInputException("readOn", "billing.error.readingFuture");
		}
		if (readOn.isBefore(on)) {
			throw new InvalidInputException("readOn", "billing.error.readingBefore", Formats.date(on));
		}
		BigDecimal v = checkedValue("value", reading);
		if (v.compareTo(value) < 0) {
			throw new InvalidInputException("value", "billing.error.readingLower", value.stripTrailingZeros().toPlainString());
		}
		return new Step(v.subtract(value), (int) ChronoUnit.DAYS.between(on, readOn));
	}

	/** A dial value: not negative, at most three decimals, below a billion. */
	public static BigDecimal checkedValue(String field, BigDecimal v) {
		if (v == null || v.signum() < 0 || v.compareTo(MAX_VALUE) > 0 || v.stripTrailingZeros().scale() > 3) {
			throw new InvalidInputException(field, "billing.error.readingValue");
		}
		return v.setScale(3, RoundingMode.UNNECESSARY);
	}
}
