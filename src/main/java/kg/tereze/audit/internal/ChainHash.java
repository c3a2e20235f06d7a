package kg.tereze.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** The hash of an audit entry. Each field is length-prefixed so that no two entries can collide by shifting text between fields. */
public final class ChainHash {

	/** The "previous hash" of the first entry of a chain. */
	public static final String GENESIS = "0".repeat(64);

	private ChainHash() {
	}

	public static String of(String prevHash, long chainKey, Instant occurredAt, Long actorUserId, String actor,
			Long municipalityId, String action, String entityType, String entityId, String before, String after) {
		StringBuilder text = new StringBuilder();
		for (Object field : new Object[] { prevHash, chainKey, occurredAt.toEpochMilli() * 1000 + occurredAt.getNano() / 1000 % 1000,
				actorUserId, actor, municipalityId, action, entityType, entityId, before, after }) {
			String value = field == null ? "\u0000" : field.toString();
			text.append(value.length()).append(':').append(value).append('|');
		}
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
