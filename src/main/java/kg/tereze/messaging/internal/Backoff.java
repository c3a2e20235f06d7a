package kg.tereze.messaging.internal;

import java.time.Duration;

/** How long to wait before the next try: doubling from the base (30 seconds unless set), at most an hour. */
final class Backoff {

	private Backoff() {
	}

	static Duration after(int attempts, Duration base) {
		long millis = base.toMillis() << Math.min(Math.max(attempts - 1, 0), 7);
		return Duration.ofMillis(Math.min(millis, 3_600_000));
	}
}
