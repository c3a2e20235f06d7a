package kg.tereze.appeals.internal;

import kg.tereze.appeals.ReportStatus;
import java.time.Instant;

/** One step in a report's history: who, when, from which status to which, to whom it went, and why. */
public record ReportChange(Instant at, Long userId, ReportStatus from, ReportStatus to, Long assignedUserId, String note) {
}
