package kg.tereze.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import kg.tereze.audit.internal.AuditStore;
import kg.tereze.audit.internal.ChainHash;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.Tenant;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the audit trail, in the caller's transaction: the change and its audit entry commit
 * together or not at all. Appends to one chain are serialized by a transaction-scoped advisory lock.
 */
@Service
public class AuditTrail {

	private final AuditStore store;

	private final Clock clock;

	private final JsonMapper json;

	AuditTrail(AuditStore store, Clock clock) {
		this.store = store;
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
		String prevHash = store.lastHashLocked(chain);
		Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
		String before = toJson(record.before());
		String after = toJson(record.after());
		String hash = ChainHash.of(prevHash, chain, at, actorUserId, actor, record.municipalityId(),
				record.action().name(), record.entityType(), record.entityId(), before, after);
		store.append(new AuditStore.NewEntry(chain, at, actorUserId, actor, record.municipalityId(), record.action().name(),
				record.entityType(), record.entityId(), before, after, prevHash, hash));
	}

	private String toJson(Object value) {
		return value == null ? null : json.writeValueAsString(value);
	}
}
