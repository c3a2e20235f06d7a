package kg.tereze.messaging.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import kg.tereze.shared.Lease;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One background thread that, every so often, claims rows in batches and handles each until no full
 * batch is left. The claim is a lease ({@link kg.tereze.shared.Leases}), so several nodes may run the
 * same worker.
 */
final class PollingWorker {

	private static final Logger log = LoggerFactory.getLogger(PollingWorker.class);

	private final String name;

	private final long delayMillis;

	private final int batch;

	private final IntFunction<Lease<Long>> claim;

	private final Consumer<Lease<Long>> handle;

	private final ScheduledExecutorService executor;

	/** {@code handle} gets each claimed batch whole, so that it may commit it at once. */
	PollingWorker(String name, long delayMillis, int batch, IntFunction<Lease<Long>> claim, Consumer<Lease<Long>> handle) {
		this.name = name;
		this.delayMillis = delayMillis;
		this.batch = batch;
		this.claim = claim;
		this.handle = handle;
		this.executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, name));
	}

	void start() {
		executor.scheduleWithFixedDelay(this::drain, 1000, delayMillis, TimeUnit.MILLISECONDS);
	}

	void stop() throws InterruptedException {
		executor.shutdown();
		executor.awaitTermination(10, TimeUnit.SECONDS);
	}

	private void drain() {
		try {
			Lease<Long> taken;
			do {
				taken = claim.apply(batch);
				if (!taken.isEmpty()) {
					handle.accept(taken);
				}
			}
			while (taken.keys().size() == batch && !executor.isShutdown());
		}
		catch (RuntimeException e) {
			log.warn("{}: rows could not be taken: {}", name, e.toString());
		}
	}
}
