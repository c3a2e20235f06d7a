package kg.tereze.identity;

import java.time.Instant;

/** A personal API token as listed on the profile page: the secret itself is never stored or shown again. */
public record ApiToken(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

	public boolean active() {
		return revokedAt == null;
	}
}
