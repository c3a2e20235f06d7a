package kg.tereze.appeals.internal;

import java.time.Instant;
import java.util.List;

/** One message of a thread: the resident's ({@code incoming}) or an answer, by staff or automatic. */
public record ConversationMessage(long id, boolean incoming, String body, Double latitude, Double longitude, String place,
		List<String> media, Long staffUserId, Long outboxId, boolean automatic, Instant at) {

	public boolean hasLocation() {
		return latitude != null && longitude != null;
	}
}
