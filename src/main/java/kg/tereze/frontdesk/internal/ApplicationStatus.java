package kg.tereze.frontdesk.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * An application's way: registered at the window, assigned to a specialist, worked on, ready for
 * the applicant (who is told), handed over; or rejected with a reason at any point before it is ready.
 */
public enum ApplicationStatus {
	REGISTERED, ASSIGNED, IN_PROGRESS, READY, HANDED_OVER, REJECTED;

	public Set<ApplicationStatus> next() {
		return switch (this) {
			case REGISTERED -> EnumSet.of(ASSIGNED, IN_PROGRESS, REJECTED);
			case ASSIGNED -> EnumSet.of(ASSIGNED, IN_PROGRESS, REJECTED);
			case IN_PROGRESS -> EnumSet.of(ASSIGNED, READY, REJECTED);
			case READY -> EnumSet.of(HANDED_OVER);
			case HANDED_OVER, REJECTED -> EnumSet.noneOf(ApplicationStatus.class);
		};
	}

	public boolean canMoveTo(ApplicationStatus to) {
		return next().contains(to);
	}

	/** Still being worked on: its deadline counts. */
	public boolean inWork() {
		return this == REGISTERED || this == ASSIGNED || this == IN_PROGRESS;
	}

	public boolean closed() {
		return this == HANDED_OVER || this == REJECTED;
	}
}
