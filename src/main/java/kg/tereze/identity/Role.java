package kg.tereze.identity;

/** What a staff member may do. A user has one or more roles, all within one municipality (or enterprise). */
public enum Role {
	/** All municipalities: activates them and creates their first administrators. */
	SYSTEM_ADMIN,
	/** The municipality's users and settings. */
	ADMIN,
	HEAD,
	/** Single-window specialist. */
	CLERK,
	/** Keeps the household book. */
	REGISTRAR,
	ACCOUNTANT,
	CASHIER,
	/** Field controller with a tablet. */
	CONTROLLER,
	/** Registers and files letters, orders and citizens' appeals (the clerk does it where there is no such person). */
	RECORDS,
	/** Reads everything of the municipality, changes nothing. */
	AUDITOR;

	public String authority() {
		return "ROLE_" + name();
	}
}
