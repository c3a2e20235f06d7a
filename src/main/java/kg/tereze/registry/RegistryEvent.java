package kg.tereze.registry;

import java.time.Instant;
import java.time.LocalDate;

/** One line of a household's history. */
public record RegistryEvent(long id, Long personId, String personName, EventKind kind, LocalDate effectiveDate,
		String details, Instant recordedAt, String recordedBy) {
}
