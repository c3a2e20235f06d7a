package kg.tereze.billing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import kg.tereze.shared.Som;

/** A billing run as its page shows it while it works and after. */
public record BillingRun(UUID id, long bookId, YearMonth month, RunMode mode, Status status, LocalDate billingDate,
		int chunksDone, int chunksTotal, int lines, Som amount, RunTotals totals, String errorKey, String startedBy,
		Instant createdAt, Instant updatedAt) {

	public enum Status {
		QUEUED, RUNNING, DONE, FAILED;

		public boolean finished() {
			return this == DONE || this == FAILED;
		}
	}

	/** Lines billed, or for a preview the lines it would bill (one per account and service). */
	public long lineCount() {
		return mode == RunMode.COMMIT ? lines : totals.services().stream().mapToLong(RunTotals.ByService::accounts).sum();
	}

	public Som total() {
		return mode == RunMode.COMMIT ? amount : totals.amount();
	}

	public int percent() {
		if (status == Status.DONE) {
			return 100;
		}
		return chunksTotal == 0 ? 0 : Math.min(99, chunksDone * 100 / chunksTotal);
	}
}
