package kg.tereze.registry.internal;

import java.time.Instant;
import java.util.UUID;

/** An import running in the background, as its page shows it. {@code report} is set when it is done. */
public record ImportJob(UUID id, String status, String phase, int done, int total, ImportReport report, String fileName,
		Instant createdAt) {

	public boolean finished() {
		return status.equals("DONE") || status.equals("FAILED");
	}

	public int percent() {
		if (status.equals("DONE")) {
			return 100;
		}
		return switch (phase == null ? "" : phase) {
			case "CHECKING" -> 30;
			case "WRITING" -> 70;
			case "READING" -> 10;
			default -> 0;
		};
	}
}
