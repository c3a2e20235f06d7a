package kg.tereze.registry;

import java.time.LocalDate;

/** A household's address and dwelling. */
public record HouseholdInfo(long id, long municipalityId, String bookNumber, long villageId, String street,
		String house, String apartment, String dwelling, String buildings, LocalDate registeredOn, LocalDate closedOn) {

	public String address() {
		StringBuilder a = new StringBuilder();
		if (street != null) {
			a.append(street);
		}
		if (house != null) {
			a.append(a.length() > 0 ? ", " : "").append(house);
		}
		if (apartment != null) {
			a.append(" / ").append(apartment);
		}
		return a.toString();
	}
}
