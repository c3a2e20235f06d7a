package kg.tereze.documents.internal;

import java.time.LocalDate;

/**
 * A document as the records keeper types it. The correspondent is named (found in the directory
 * by its name, or added to it); {@code theirNumber} and {@code theirDate} are the sender's own.
 */
public record NewDocument(String journal, LocalDate receivedOn, String correspondent, String correspondentKind,
		String theirNumber, LocalDate theirDate, Channel channel, String language, String summary, Integer sheets,
		Boolean restricted) {
}
