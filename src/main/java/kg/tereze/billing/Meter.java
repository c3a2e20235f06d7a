package kg.tereze.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A meter of an account for a metered service, in place from {@code installedOn} until
 * {@code removedOn} (exclusive; null while in place). {@code last} is its latest reading, or its
 * position when installed.
 */
public record Meter(long id, long accountId, UtilityService service, String number, LocalDate installedOn,
		BigDecimal initialValue, LocalDate verifiedUntil, LocalDate removedOn, MeterPosition last) {

	public boolean inPlace() {
		return removedOn == null;
	}

	/** Its verification has lapsed: its readings are still taken, but the meter is due for a check. */
	public boolean verificationLapsed(LocalDate today) {
		return verifiedUntil != null && verifiedUntil.isBefore(today);
	}
}
