package kg.tereze.registry;

import java.time.LocalDate;

/** One line of a search result: the person and where they live. */
public record SearchHit(long personId, String pin, String fullName, LocalDate birthDate, LocalDate deathDate,
		Long householdId, String bookNumber, String village, String address, Relation relation) {
}
