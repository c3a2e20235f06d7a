package kg.tereze.registry;

/** What happened in a household, with the date it took effect. */
public enum EventKind {
	REGISTERED, BORN, MOVED_IN, MOVED_OUT, DIED, MARRIED, HEAD_CHANGED, PERSON_CORRECTED, LAND_ADDED, LAND_REMOVED,
	LIVESTOCK_COUNTED, ADDRESS_CHANGED
}
