package kg.tereze.appeals.internal;

import java.time.Instant;

/** A key an Open311 client posts requests with; only its hash is kept. */
public record Open311Key(long id, String name, Instant createdAt, Instant revokedAt) {

	public boolean active() {
		return revokedAt == null;
	}
}
