package kg.tereze.registry;

public enum Tenure {
	OWNED, RENTED
}
