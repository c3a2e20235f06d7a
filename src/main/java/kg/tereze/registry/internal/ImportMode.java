package kg.tereze.registry.internal;

/** What an import does when some rows are wrong. */
public enum ImportMode {
	/** Nothing is imported unless every row is right. */
	ALL_OR_NOTHING,
	/** The households whose rows are all right are imported; the others are listed. */
	VALID_ROWS
}
