package kg.tereze.registry.internal;

import kg.tereze.registry.PersonData;
import java.time.LocalDate;

/** A household entered into the book with its head. */
public record NewHousehold(String bookNumber, Long villageId, String street, String house, String apartment,
		String dwelling, String buildings, LocalDate registeredOn, PersonData head) {
}
