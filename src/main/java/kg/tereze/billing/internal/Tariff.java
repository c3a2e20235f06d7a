package kg.tereze.billing.internal;

import java.time.LocalDate;

import kg.tereze.ledger.CustomerCategory;
import kg.tereze.shared.Som;

/** The price of one unit of a service for one category of customer over [validFrom, validTo). */
public record Tariff(long id, long serviceId, CustomerCategory category, Som price, LocalDate validFrom,
		LocalDate validTo) {

	public boolean coversDay(LocalDate day) {
		return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
	}

	/** Whether this tariff and [from, to) share a day (a null end is open). */
	public boolean overlaps(LocalDate from, LocalDate to) {
		return (to == null || validFrom.isBefore(to)) && (validTo == null || from.isBefore(validTo));
	}
}
