package kg.tereze.certificates.internal;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Requests to the public verification pages per client address: enough for anyone checking papers,
 * too few to walk through codes. Kept in memory per node (a node that restarts forgets, which is fine
 * for a limit measured in minutes).
 */
@Component
public class VerificationRateLimit {

	private static final int MAX_CLIENTS = 100_000;

	private final int perMinute;

	private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

	VerificationRateLimit(@Value("${tereze.verify.requests-per-minute:30}") int perMinute) {
		this.perMinute = perMinute;
	}

	public boolean allow(String clientAddress) {
		if (buckets.size() > MAX_CLIENTS) {
			buckets.clear();
		}
		return buckets.computeIfAbsent(clientAddress, a -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
			.build()).tryConsume(1);
	}

	/** Forgets one client (tests start each from a full bucket). */
	public void forget(String clientAddress) {
		buckets.remove(clientAddress);
	}
}
