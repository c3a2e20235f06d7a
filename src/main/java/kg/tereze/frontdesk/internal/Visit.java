package kg.tereze.frontdesk.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One visitor's time at the window, from the ticket taken on arrival to the certificate issued or the
 * application registered. Time-to-serve is measured on it.
 */
public record Visit(long id, long municipalityId, LocalDate day, String ticket, long serviceId, String visitorName,
		Instant arrivedAt, Instant calledAt, Instant servedAt, Long clerkId, VisitStatus status, String outcome) {

	/** Arrival to service, or to {@code now} while the visitor is still here. */
	public Duration timeToServe(Instant now) {
		Instant end = servedAt != null ? servedAt : status.open() ? now : calledAt != null ? calledAt : arrivedAt;
		return Duration.between(arrivedAt, end).isNegative() ? Duration.ZERO : Duration.between(arrivedAt, end);
	}

	public long minutesWaited(Instant now) {
		return timeToServe(now).toMinutes();
	}
}
