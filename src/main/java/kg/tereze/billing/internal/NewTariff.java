package kg.tereze.billing.internal;

import java.time.LocalDate;

import kg.tereze.ledger.CustomerCategory;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Som;

/** A price from a date, optionally until a date (exclusive). */
public record NewTariff(CustomerCategory category, Som price, LocalDate validFrom, LocalDate validTo) {

	/** One million som a unit: anything above is a typo. */
	static final long MAX_PRICE = 100_000_000L;

	void validate() {
		if (category == null) {
			throw new InvalidInputException("category", "billing.error.category");
		}
		if (price == null || price.tyiyn() <= 0 || price.tyiyn() > MAX_PRICE) {
			throw new InvalidInputException("price", "billing.error.price");
		}
		if (validFrom == null) {
			throw new InvalidInputException("validFrom", "billing.error.date");
		}
		if (validTo != null && !validTo.isAfter(validFrom)) {
			throw new InvalidInputException("validTo", "billing.error.validTo");
		}
	}
}
