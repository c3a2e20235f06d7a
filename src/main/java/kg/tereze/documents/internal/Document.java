package kg.tereze.documents.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A registration card. */
public record Document(long id, long municipalityId, long journalId, int year, String number, LocalDate receivedOn,
		Instant registeredAt, String correspondent, String theirNumber, LocalDate theirDate, Channel channel, String language,
		String summary, int sheets, boolean restricted, LocalDate dueOn, String registeredByName, boolean onControl,
		Instant takenOffAt, String takenOffBy, Long answerId) {

	public boolean overdue(LocalDate today) {
		return dueOn != null && dueOn.isBefore(today);
	}
}
