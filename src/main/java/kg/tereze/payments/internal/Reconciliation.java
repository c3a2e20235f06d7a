package kg.tereze.payments.internal;

import java.time.Instant;
import java.time.LocalDate;

import kg.tereze.shared.Som;

/** A day of one agent's payments set against the statement file the agent sent. */
public record Reconciliation(long id, long municipalityId, long agentId, String agentCode, LocalDate day, String fileName,
		String fileSha256, long uploadedBy, Instant uploadedAt, int rowsInFile, int otherRows, int matched,
		Som matchedAmount, int missingHere, int missingThere, int mismatched, int badRows) {

	public boolean clean() {
		return missingHere == 0 && missingThere == 0 && mismatched == 0 && badRows == 0;
	}
}
