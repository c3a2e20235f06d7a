package kg.tereze.frontdesk.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A resident's application for a service that takes days, with its deadline. */
public record Application(long id, long municipalityId, String number, long serviceId, Long personId,
		String applicantName, String applicantPin, String phone, String details, ApplicationStatus status,
		Long assigneeId, Long visitId, Instant registeredAt, long registeredBy, LocalDate dueOn, Instant readyAt,
		Instant closedAt, String note) {

	/** Past its deadline and not ready yet. */
	public boolean overdue(LocalDate today) {
		return status.inWork() && dueOn.isBefore(today);
	}
}
