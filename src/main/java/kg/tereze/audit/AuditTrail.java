package kg.tereze.audit;

import kg.tereze.audit.internal.ChainHash;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.Tenant;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the audit trail, in the caller's transaction: the change and its audit entry commit
 * together or not at all. Appends to one chain are serialized by a transaction-scoped advisory lock.
 */
@Service
public class AuditTrail {

	/** Advisory lock namespace of the audit chains (the second key is the chain). */
	private static final int LOCK_NAMESPACE = 0x7e4e;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final JsonMapper json;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.json = JsonMapper.builder().findAndAddModules().build();
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditRecord record) {
		Tenant actor = CurrentTenant.find().orElse(null);
		record(record, actor == null ? null : actor.userId(), actor == null ? "system" : actor.username());
	}

	/** For facts where nobody is signed in yet (a failed sign-in): the actor is named explicitly. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditRecord record, Long actorUserId, String actor) {
		long chain = record.municipalityId() == null ? 0 : record.municipalityId();
		jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(LOCK_NAMESPACE, (int) chain).query().singleRow();
		String prevHash = jdbc.sql("select hash from audit_entry where chain_key = ? order by id desc limit 1")
			.param(chain)
			.query(String.class)
			.optional()
			.orElse(ChainHash.GENESIS);
		Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
		String before = toJson(record.before());
		String after = toJson(record.after());
		String hash = ChainHash.of(prevHash, chain, at, actorUserId, actor, record.municipalityId(),
				record.action().name(), record.entityType(), record.entityId(), before, after);
		jdbc.sql("""
				insert into audit_entry (chain_key, occurred_at, actor_user_id, actor, municipality_id, action,
				                         entity_type, entity_id, before_state, after_state, prev_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(chain, at.atOffset(java.time.ZoneOffset.UTC), actorUserId, actor, record.municipalityId(),
					record.action().name(), record.entityType(), record.entityId(), before, after, prevHash, hash)
			.update();
	}

	private String toJson(Object value) {
		return value == null ? null : json.writeValueAsString(value);
	}
}
