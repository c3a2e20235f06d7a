package kg.tereze.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * A person as the registry keeper sees them, with the household they belong to today, if any, and
 * what the book recorded of them ({@code history}: in its events, {@code personName} holds the
 * household's book number).
 */
public record PersonCard(long id, PersonData data, LocalDate deathDate, Long householdId, Relation relation,
		List<RegistryEvent> history) {
}
