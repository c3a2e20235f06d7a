package kg.tereze.identity.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The principal behind an API token, remembered for a few seconds so that a script's burst of
 * requests does not load the user for each one. Revoking a token or changing its user evicts it at
 * once on this node; on other nodes it lapses within {@link #TTL_NANOS}.
 */
@Component
public class TokenPrincipalCache {

	static final long TTL_NANOS = 10_000_000_000L;

	private static final int MAX_ENTRIES = 20_000;

	private record Entry(SignedInUser user, long expiresAt) {
	}

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	Optional<SignedInUser> get(String tokenHash) {
		Entry e = entries.get(tokenHash);
		if (e == null || e.expiresAt() < System.nanoTime()) {
			return Optional.empty();
		}
		return Optional.of(e.user());
	}

	void put(String tokenHash, SignedInUser user) {
		if (entries.size() >= MAX_ENTRIES) {
			entries.clear();
		}
		entries.put(tokenHash, new Entry(user, System.nanoTime() + TTL_NANOS));
	}

	/** Forget every token of a user: after a revocation, a role change, a disabled account. */
	public void evictUser(long userId) {
		entries.values().removeIf(e -> e.user().tenant().userId() == userId);
	}
}
