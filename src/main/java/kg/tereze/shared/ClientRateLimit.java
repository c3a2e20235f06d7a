package kg.tereze.shared;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * So many requests per client address in a period, for public pages with no sign-in. Kept in memory
 * per node (a node that restarts forgets, which is fine for a limit measured in minutes).
 */
public final class ClientRateLimit {

	private static final int MAX_CLIENTS = 100_000;

	private final int capacity;

	private final Duration period;

	private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

	public ClientRateLimit(int capacity, Duration period) {
		this.capacity = capacity;
		this.period = period;
	}

	public boolean allow(String clientAddress) {
		if (buckets.size() > MAX_CLIENTS) {
			buckets.clear();
		}
		return buckets.computeIfAbsent(clientAddress, a -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
			.build()).tryConsume(1);
	}

	/** Whether the client has used up its requests, without using one. */
	public boolean exhausted(String clientAddress) {
		Bucket b = buckets.get(clientAddress);
		return b != null && b.getAvailableTokens() < 1;
	}

	/** Forgets one client (tests start each from a full bucket). */
	public void forget(String clientAddress) {
		buckets.remove(clientAddress);
	}
}
