package kg.tereze.appeals.internal;

import kg.tereze.appeals.ReportStatus;
import java.time.Instant;
import java.util.List;

/** A problem a resident reported, as staff see it (the public sees no reporter, phone or e-mail). */
public record ProblemReport(long id, long municipalityId, String number, long categoryId, String description,
		Double latitude, Double longitude, Long villageId, String address, ReportStatus status, Source source,
		Long threadId, String reporterName, String reporterPhone, String reporterEmail, Long assignedUserId,
		String publicNote, Long duplicateOf, Instant createdAt, Instant dueAt, Instant resolvedAt, Instant updatedAt,
		List<String> photos) {

	public boolean overdue(Instant now) {
		return status.isOpen() && now.isAfter(dueAt);
	}

	public boolean hasLocation() {
		return latitude != null && longitude != null;
	}
}
