package kg.tereze.appeals;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a problem report is: new → assigned → in progress → resolved or rejected → closed. A resolved,
 * rejected or closed report may be reopened within five days of its resolution.
 */
public enum ReportStatus {
	NEW, ASSIGNED, IN_PROGRESS, RESOLVED, REJECTED, CLOSED;

	public static final Duration REOPEN_WINDOW = Duration.ofDays(5);

	public boolean isOpen() {
		return this == NEW || this == ASSIGNED || this == IN_PROGRESS;
	}

	/** The steps staff may take from here (reopening aside, which depends on the date). */
	public Set<ReportStatus> next() {
		return switch (this) {
			case NEW -> EnumSet.of(ASSIGNED, IN_PROGRESS, REJECTED);
			case ASSIGNED -> EnumSet.of(ASSIGNED, IN_PROGRESS, REJECTED);
			case IN_PROGRESS -> EnumSet.of(ASSIGNED, RESOLVED, REJECTED);
			case RESOLVED, REJECTED -> EnumSet.of(CLOSED);
			case CLOSED -> EnumSet.noneOf(ReportStatus.class);
		};
	}

	public boolean canBecome(ReportStatus to) {
		return next().contains(to);
	}

	/** Reopening: only a finished report, and only until five days after it was resolved or rejected. */
	public boolean canReopen(Instant resolvedAt, Instant now) {
		return !isOpen() && resolvedAt != null && now.isBefore(resolvedAt.plus(REOPEN_WINDOW));
	}

	/** Open311's two states. */
	public String open311() {
		return isOpen() ? "open" : "closed";
	}
}
