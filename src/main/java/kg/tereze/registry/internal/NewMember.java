package kg.tereze.registry.internal;

import kg.tereze.registry.EventKind;
import kg.tereze.registry.PersonData;
import kg.tereze.registry.Relation;
import java.time.LocalDate;

/**
 * A person joining a household on {@code date}: born into it, moved in (from another household of
 * the municipality when {@code existingPersonId} is given, or from elsewhere, named in {@code from}),
 * or simply registered.
 */
public record NewMember(PersonData person, Long existingPersonId, Relation relation, EventKind how, LocalDate date,
		String from) {
}
