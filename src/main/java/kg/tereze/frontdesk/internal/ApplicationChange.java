package kg.tereze.frontdesk.internal;

import java.time.Instant;

/** One step in an application's history; {@code told} says whether the applicant was sent a message about it. */
public record ApplicationChange(Instant at, long byUser, ApplicationStatus from, ApplicationStatus to, Long assigneeId,
		String note, boolean told) {
}
