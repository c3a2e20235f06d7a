package kg.tereze.audit.internal;

import java.time.Instant;

/** An entry as stored, with its place in the hash chain. */
public record AuditEntry(long id, long chainKey, Instant occurredAt, Long actorUserId, String actor,
		Long municipalityId, String action, String entityType, String entityId, String before, String after,
		String prevHash, String hash) {

	/** The hash this entry must have: SHA-256 over the previous hash and every field, in a fixed order. */
	public String expectedHash() {
		return ChainHash.of(prevHash, chainKey, occurredAt, actorUserId, actor, municipalityId, action, entityType,
				entityId, before, after);
	}
}
