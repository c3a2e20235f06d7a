package kg.tereze.documents.internal;

import java.time.Instant;
import java.time.LocalDate;

/** One executor's part of a resolution. */
public record Assignment(long id, long documentId, long executorId, String executorName, boolean responsible,
		String instruction, LocalDate dueOn, LocalDate firstDueOn, boolean done, String report, Instant doneAt,
		String documentNumber, String documentSummary, Long parentId) {

	public boolean overdue(LocalDate today) {
		return !done && dueOn.isBefore(today);
	}
}
