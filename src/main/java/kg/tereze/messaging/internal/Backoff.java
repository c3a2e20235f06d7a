package kg.tereze.messaging.internal;

import java.time.Duration;

/** How long to wait before the next try: doubling from 30 seconds, at most an hour. */
final class Backoff {

	private Backoff() {
	}

	static Duration after(int attempts) {
		long seconds = 30L << Math.min(Math.max(attempts - 1, 0), 7);
		return Duration.ofSeconds(Math.min(seconds, 3600));
	}
}
