package kg.tereze.frontdesk.internal;

/** How a service is given: a certificate issued while the visitor waits, or an application that takes days. */
public enum ServiceKind {
	CERTIFICATE("A"), APPLICATION("B");

	private final String ticketLetter;

	ServiceKind(String ticketLetter) {
		this.ticketLetter = ticketLetter;
	}

	/** Queue tickets of quick services and of applications are counted apart, so people see which line they are in. */
	public String ticketLetter() {
		return ticketLetter;
	}
}
