package kg.tereze.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for work done in the background (a worker that runs every few hundred milliseconds). */
public final class Eventually {

	private Eventually() {
	}

	public static void until(String what, BooleanSupplier condition) {
		value(what, condition::getAsBoolean, done -> done);
	}

	/** Reads {@code read} until {@code done} holds for what it read (a run, a batch finishing), and answers that. */
	public static <T> T value(String what, Supplier<T> read, Predicate<T> done) {
		long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		T value;
		while (!done.test(value = read.get())) {
			if (System.nanoTime() > end) {
				throw new AssertionError("waited 30 s for: " + what);
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
		return value;
	}
}
