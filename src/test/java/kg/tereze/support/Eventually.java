package kg.tereze.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for work done in the background (a worker that runs every few hundred milliseconds). */
public final class Eventually {

	private Eventually() {
	}

	public static void until(String what, BooleanSupplier condition) {
		long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("waited 20 s for: " + what);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
	}
}
