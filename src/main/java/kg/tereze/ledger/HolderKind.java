package kg.tereze.ledger;

/** Who holds a payer account. */
public enum HolderKind {
	HOUSEHOLD, PERSON, ORGANISATION
}
