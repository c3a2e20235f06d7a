package kg.tereze.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import kg.tereze.shared.InvalidInputException;

/** A meter to put in: its number as printed on it, the day, the dial then, and its verification date. */
public record NewMeter(String number, LocalDate installedOn, BigDecimal initialValue, LocalDate verifiedUntil) {

	/** The number as stored: without spaces around it, letters in capitals. */
	public String normalizedNumber() {
		String n = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
		if (!n.matches("[A-Z0-9][A-Z0-9./-]{0,29}")) {
			throw new InvalidInputException("number", "billing.error.meterNumber");
		}
		return n;
	}

	void validate(LocalDate today, LocalDate openedOn) {
		normalizedNumber();
		if (installedOn == null) {
			throw new InvalidInputException("installedOn", "billing.error.date");
		}
		if (installedOn.isAfter(today)) {
			throw new InvalidInputException("installedOn", "billing.error.installedFuture");
		}
		if (installedOn.isBefore(openedOn)) {
			throw new InvalidInputException("installedOn", "billing.error.beforeOpened", kg.tereze.shared.Formats.date(openedOn));
		}
		MeterPosition.checkedValue("initialValue", initialValue);
		if (verifiedUntil != null && verifiedUntil.isBefore(installedOn)) {
			throw new InvalidInputException("verifiedUntil", "billing.error.verifiedBefore");
		}
	}
}
