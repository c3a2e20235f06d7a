package kg.tereze.billing.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/** Notices of a month printed in bulk for a village ({@code villageId}) or the whole book (null). */
public record NoticeBatch(UUID id, long bookId, YearMonth month, Long villageId, Long routeId, NoticeFormat format,
		BillingRun.Status status, int done, int total, String errorKey, String startedByName, Instant createdAt) {

	public int percent() {
		return total == 0 ? (status.finished() ? 100 : 0) : done * 100 / total;
	}
}
