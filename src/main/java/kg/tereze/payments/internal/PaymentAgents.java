package kg.tereze.payments.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.municipality.Municipalities;
import kg.tereze.shared.Formats;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.RandomCodes;
import kg.tereze.shared.Tenant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payment agents of the country (terminal networks, wallets, banks), kept by the system
 * administrator: an agent's account numbers are national, so an agent is not any one municipality's.
 * Passwords are made here, shown once and kept only as a hash.
 */
@Service
public class PaymentAgents {

	static final String CODE_PATTERN = "[a-z0-9][a-z0-9-]{1,39}";

	private static final String PASSWORD_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final int PASSWORD_LENGTH = 24;

	private final AgentStore store;

	private final AgentCredentials credentials;

	private final Municipalities municipalities;

	private final PasswordEncoder encoder;

	private final AuditTrail audit;

	private final Clock clock;

	PaymentAgents(AgentStore store, AgentCredentials credentials, Municipalities municipalities, PasswordEncoder encoder,
			AuditTrail audit, Clock clock) {
		this.store = store;
		this.credentials = credentials;
		this.municipalities = municipalities;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
	}

	public List<AgentActivity> all(Tenant t) {
		requireAdmin(t);
		LocalDateTime dayStart = clock.instant().atZone(Formats.BISHKEK).toLocalDate().atStartOfDay();
		return store.activity(dayStart);
	}

	public PaymentAgent require(Tenant t, String code) {
		requireAdmin(t);
		return store.byCode(code == null ? "" : code).map(AgentStore.Credentials::agent)
			.orElseThrow(() -> new NotFoundException("agent"));
	}

	@Transactional
	public AgentPassword create(Tenant t, String code, AgentSettings settings) {
		requireAdmin(t);
		String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
		if (!c.matches(CODE_PATTERN)) {
			throw new InvalidInputException("code", "payments.agent.error.code");
		}
		if (store.byCode(c).isPresent()) {
			throw new InvalidInputException("code", "payments.agent.error.codeTaken", c);
		}
		checkMunicipalities(settings);
		String password = password();
		try {
			store.create(c, encoder.encode(password), settings, clock.instant());
		}
		catch (DuplicateKeyException e) {
			throw new InvalidInputException("code", "payments.agent.error.codeTaken", c);
		}
		PaymentAgent agent = store.byCode(c).orElseThrow().agent();
		audit.record(AuditRecord.created("payment_agent", c, null, settings));
		return new AgentPassword(agent, password);
	}

	@Transactional
	public PaymentAgent update(Tenant t, String code, AgentSettings settings) {
		PaymentAgent before = require(t, code);
		checkMunicipalities(settings);
		store.update(before.id(), settings);
		audit.record(AuditRecord.updated("payment_agent", before.code(), null, AgentSettings.of(before), settings));
		credentials.forgetAll();
		return store.byCode(before.code()).orElseThrow().agent();
	}

	/** A new password; the old one stops working at once on this node and within a minute on the others. */
	@Transactional
	public AgentPassword newPassword(Tenant t, String code) {
		PaymentAgent agent = require(t, code);
		String password = password();
		store.setPassword(agent.id(), encoder.encode(password));
		audit.record(AuditRecord.updated("payment_agent", agent.code(), null, null, new PasswordReplaced(true)));
		credentials.forgetAll();
		return new AgentPassword(agent, password);
	}

	private record PasswordReplaced(boolean passwordReplaced) {
	}

	private void checkMunicipalities(AgentSettings settings) {
		for (Long id : settings.municipalities()) {
			if (id == null || municipalities.find(id).isEmpty()) {
				throw new InvalidInputException("municipalities", "payments.agent.error.municipality");
			}
		}
	}

	private String password() {
		return RandomCodes.of(PASSWORD_LETTERS, PASSWORD_LENGTH);
	}

	private static void requireAdmin(Tenant t) {
		if (t == null || !t.isSystemAdmin()) {
			throw new NotFoundException("agent");
		}
	}
}
