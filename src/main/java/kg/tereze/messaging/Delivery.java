package kg.tereze.messaging;

import java.time.Instant;

/** How far an outgoing message got. */
public record Delivery(long id, State state, int attempts, String lastError, Instant sentAt) {

	public enum State {
		PENDING, SENT, FAILED
	}
}
