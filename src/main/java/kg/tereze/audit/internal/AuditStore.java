package kg.tereze.audit.internal;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code audit_entry}, written: each chain appended to one entry at a time. */
@Repository
public class AuditStore {

	/** Advisory lock namespace of the audit chains (the second key is the chain). */
	private static final int LOCK_NAMESPACE = 0x7e4e;

	/** An entry as it is appended. */
	public record NewEntry(long chain, Instant at, Long actorUserId, String actor, Long municipalityId, String action,
			String entityType, String entityId, String before, String after, String prevHash, String hash) {
	}

	private final JdbcClient jdbc;

	AuditStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The hash the next entry of the chain follows, with the chain held by this transaction until it
	 * ends (an advisory lock), so that two appends never follow the same entry.
	 */
	public String lastHashLocked(long chain) {
		jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(LOCK_NAMESPACE, (int) chain).query().singleRow();
		return jdbc.sql("select hash from audit_entry where chain_key = ? order by id desc limit 1")
			.param(chain)
			.query(String.class)
			.optional()
			.orElse(ChainHash.GENESIS);
	}

	public void append(NewEntry e) {
		jdbc.sql("""
				insert into audit_entry (chain_key, occurred_at, actor_user_id, actor, municipality_id, action,
				                         entity_type, entity_id, before_state, after_state, prev_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(e.chain(), e.at().atOffset(ZoneOffset.UTC), e.actorUserId(), e.actor(), e.municipalityId(), e.action(),
					e.entityType(), e.entityId(), e.before(), e.after(), e.prevHash(), e.hash())
			.update();
	}
}
