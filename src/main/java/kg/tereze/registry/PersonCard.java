package kg.tereze.registry;

import java.time.LocalDate;

/** A person as the registry keeper sees them, with the household they belong to today, if any. */
public record PersonCard(long id, PersonData data, LocalDate deathDate, Long householdId, Relation relation) {
}
