package kg.tereze.appeals.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.RandomCodes;
import kg.tereze.shared.Tenant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The keys Open311 clients (a city app, a partner's reporting site) post problem reports with. The
 * administrator issues one per client, sees it once, and withdraws it when the client should stop.
 */
@Service
public class Open311Keys {

	/** What an issued key is, in full, shown once. */
	public record Issued(Open311Key key, String secret) {
	}

	private final ApiKeyStore store;

	private final AuditTrail audit;

	private final Clock clock;

	Open311Keys(ApiKeyStore store, AuditTrail audit, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	public List<Open311Key> of(Tenant t) {
		if (!t.hasRole("ADMIN") && !t.hasRole("HEAD") && !t.hasRole("AUDITOR")) {
			throw new NotFoundException("key");
		}
		return store.of(t.requireMunicipality());
	}

	@Transactional
	public Issued issue(Tenant t, String clientName) {
		requireAdmin(t);
		String name = clientName == null ? "" : clientName.strip();
		if (name.isEmpty() || name.length() > 200) {
			throw new InvalidInputException("name", "appeals.key.error.name");
		}
		String secret = "o311-" + RandomCodes.of("0123456789abcdef", 48);
		Instant now = clock.instant();
		long id = store.create(t.requireMunicipality(), name, secret, now);
		audit.record(AuditRecord.created("appeals_api_key", id, t.requireMunicipality(), Map.of("name", name)));
		return new Issued(new Open311Key(id, name, now, null), secret);
	}

	@Transactional
	public void revoke(Tenant t, long id) {
		requireAdmin(t);
		if (!store.revoke(t.requireMunicipality(), id, clock.instant())) {
			throw new NotFoundException("key");
		}
		audit.record(AuditRecord.updated("appeals_api_key", id, t.requireMunicipality(), Map.of("active", true),
				Map.of("active", false)));
	}

	private static void requireAdmin(Tenant t) {
		if (!t.hasRole("ADMIN")) {
			throw new NotFoundException("key");
		}
	}
}
