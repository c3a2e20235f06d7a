package kg.tereze.appeals.internal;

import kg.tereze.appeals.ReportStatus;
import java.time.Instant;

/** One change of a report's status, as Open311 clients follow them (mySociety's servicerequestupdates). */
public record ReportUpdate(long id, String number, ReportStatus status, Instant at, String note) {
}
