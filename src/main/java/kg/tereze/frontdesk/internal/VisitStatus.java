package kg.tereze.frontdesk.internal;

/** Where a visitor is: waiting with a ticket, at a clerk's desk, served, or gone before being served. */
public enum VisitStatus {
	WAITING, SERVING, SERVED, LEFT;

	public boolean open() {
		return this == WAITING || this == SERVING;
	}
}
