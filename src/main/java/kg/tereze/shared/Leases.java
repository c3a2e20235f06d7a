package kg.tereze.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import kg.tereze.shared.internal.LeaseStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way background work is held: claim, renew while working, finish only while still holding.
 * A claim takes ready rows whose lease is free or ran out ({@code FOR UPDATE SKIP LOCKED}, so workers
 * on several nodes take different rows); {@link #keep} inside the transaction that commits the work
 * renews the lease and locks the rows until that commit, or throws when another worker took them over.
 * Work a stopped node held is taken over when its lease runs out, by the sweep of {@link #takeOver}.
 */
@Component
public class Leases {

	private static final Logger log = LoggerFactory.getLogger(Leases.class);

	private final LeaseStore store;

	private final Clock clock;

	private final String node = RandomCodes.urlSafe(6);

	private final List<Runnable> sweeps = new CopyOnWriteArrayList<>();

	private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "lease-sweeper");
		t.setDaemon(true);
		return t;
	});

	private final TransactionTemplate tx;

	Leases(LeaseStore store, TransactionTemplate tx, Clock clock) {
		this.tx = tx;
		this.store = store;
		this.clock = clock;
	}

	/** Up to {@code limit} ready rows, in the table's order, for {@code length}; empty when there are none. */
	public <K> Lease<K> claim(LeasedTable t, Class<K> keyType, int limit, Duration length) {
		String holder = holder();
		Instant now = clock.instant();
		List<K> keys = store.claim(t, keyType, holder, now, now.plus(length), limit);
		return new Lease<>(t, holder, List.copyOf(keys));
	}

	/** The named row, when it is ready and nobody holds it. */
	public <K> Optional<Lease<K>> claim(LeasedTable t, K key, Duration length) {
		String holder = holder();
		Instant now = clock.instant();
		return store.claimOne(t, key, holder, now, now.plus(length)) ? Optional.of(new Lease<>(t, holder, List.of(key)))
				: Optional.empty();
	}

	/**
	 * Renews the lease on the rows still held and answers them; inside a transaction they stay locked
	 * until it ends, so nobody can take them over before the work commits.
	 */
	public <K> List<K> renew(Lease<K> lease, Duration length) {
		if (lease.isEmpty()) {
			return List.of();
		}
		@SuppressWarnings("unchecked")
		Class<K> type = (Class<K>) lease.keys().get(0).getClass();
		return store.renew(lease.table(), type, lease.keys(), lease.holder(), clock.instant().plus(length));
	}

	/** Renews every row of the lease, or throws {@link LeaseLostException} (rolling the caller's transaction back). */
	public void keep(Lease<?> lease, Duration length) {
		List<?> held = renew(lease, length);
		if (held.size() != lease.keys().size()) {
			throw new LeaseLostException(lease.table(), lease.keys());
		}
	}

	/** Commits {@code write} (progress, a step of the work) only while the lease is held, renewing it. */
	public void whileHeld(Lease<?> lease, Duration length, Runnable write) {
		tx.executeWithoutResult(s -> {
			keep(lease, length);
			write.run();
		});
	}

	/** Commits the work's last write only while the lease is held, and lets the lease go with it. */
	public void finish(Lease<?> lease, Runnable write) {
		tx.executeWithoutResult(s -> {
			keep(lease, Duration.ofMinutes(1));
			write.run();
			release(lease);
		});
	}

	/** Lets the rows go, if this holder still has them: the work is done, or will be tried again by anyone. */
	public void release(Lease<?> lease) {
		if (lease.isEmpty()) {
			return;
		}
		store.release(lease.table(), lease.keys(), lease.holder());
	}

	/**
	 * Every {@code every}, takes ready rows nobody holds (new ones a node has not started yet, and
	 * those whose holder stopped) one at a time and gives each lease to {@code resume}. The answer runs
	 * the same sweep at once.
	 */
	public <K> Runnable takeOver(LeasedTable t, Class<K> keyType, Duration every, Duration length, Consumer<Lease<K>> resume) {
		Runnable sweep = () -> {
			Lease<K> lease;
			while (!(lease = claim(t, keyType, 1, length)).isEmpty()) {
				log.info("Taking over {} {}", t.table(), lease.key());
				resume.accept(lease);
			}
		};
		sweeps.add(sweep);
		sweeper.scheduleWithFixedDelay(() -> {
			try {
				sweep.run();
			}
			catch (RuntimeException e) {
				log.warn("Sweep of {} failed: {}", t.table(), e.toString());
			}
		}, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
		return sweep;
	}

	/** At start-up, work left by a stopped node is looked for at once, not after the first interval. */
	@EventListener(ApplicationReadyEvent.class)
	void sweepNow() {
		for (Runnable s : new ArrayList<>(sweeps)) {
			sweeper.execute(() -> {
				try {
					s.run();
				}
				catch (RuntimeException e) {
					log.warn("Sweep failed: {}", e.toString());
				}
			});
		}
	}

	@PreDestroy
	void stop() throws InterruptedException {
		sweeper.shutdownNow();
		sweeper.awaitTermination(10, TimeUnit.SECONDS);
	}

	private String holder() {
		return node + "-" + RandomCodes.urlSafe(9);
	}
}
