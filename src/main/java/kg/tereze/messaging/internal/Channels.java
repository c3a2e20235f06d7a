package kg.tereze.messaging.internal;

import kg.tereze.messaging.ChannelKind;
import java.util.List;
import java.util.Map;

import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.RandomCodes;
import kg.tereze.shared.Tenant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's administrator connects its WhatsApp Business number and its Telegram bot, replaces
 * their tokens and switches them off. HEAD and AUDITOR see them. A number or bot belongs to one
 * municipality only; tokens are kept to send with and never shown back.
 */
@Service
public class Channels {

	private static final String SECRET_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

	private final ChannelStore store;

	private final AuditTrail audit;

	Channels(ChannelStore store, AuditTrail audit) {
		this.store = store;
		this.audit = audit;
	}

	public List<ChannelView> of(Tenant t) {
		if (!t.hasRole("ADMIN") && !t.hasRole("HEAD") && !t.hasRole("AUDITOR")) {
			throw new NotFoundException("channel");
		}
		return store.states(t.requireMunicipality()).stream().map(Channels::view).toList();
	}

	public ChannelView require(Tenant t, long id) {
		return of(t).stream().filter(c -> c.id() == id).findFirst().orElseThrow(() -> new NotFoundException("channel"));
	}

	/** {@code externalId}: WhatsApp's phone_number_id, or the Telegram bot's user name; {@code token}: what it sends with. */
	@Transactional
	public ChannelSecret add(Tenant t, ChannelKind kind, String externalId, String token) {
		requireAdmin(t);
		if (kind == null) {
			throw new InvalidInputException("kind", "messaging.channel.error.kind");
		}
		String id = externalId == null ? "" : externalId.strip();
		if (kind == ChannelKind.WHATSAPP ? !id.matches("\\d{5,30}") : !id.matches("(?i)[a-z][a-z0-9_]{2,29}bot")) {
			throw new InvalidInputException("externalId", "messaging.channel.error.externalId." + kind);
		}
		String sendToken = token(kind, token);
		if (store.exists(kind, id)) {
			throw new InvalidInputException("externalId", "messaging.channel.error.taken");
		}
		String secret = kind == ChannelKind.TELEGRAM ? secret() : null;
		long channel;
		try {
			channel = store.add(t.requireMunicipality(), kind, id, secret, sendToken);
		}
		catch (DuplicateKeyException e) {
			// another administrator connected the same number a moment ago
			throw new InvalidInputException("externalId", "messaging.channel.error.taken");
		}
		audit.record(AuditRecord.created("messaging_channel", channel, t.requireMunicipality(),
				Map.of("kind", kind.name(), "externalId", id)));
		return new ChannelSecret(require(t, channel), secret);
	}

	/** A new token (when the old one leaked or expired) and/or on or off; Telegram may also get a new secret. */
	@Transactional
	public ChannelSecret change(Tenant t, long id, String newToken, boolean newSecret, boolean active) {
		requireAdmin(t);
		ChannelView before = require(t, id);
		String token = newToken == null || newToken.isBlank() ? null : token(before.kind(), newToken);
		String secret = newSecret && before.kind() == ChannelKind.TELEGRAM ? secret() : null;
		store.change(id, token, secret, active);
		audit.record(AuditRecord.updated("messaging_channel", id, t.requireMunicipality(),
				Map.of("active", before.active()),
				Map.of("active", active, "tokenReplaced", token != null, "secretReplaced", secret != null)));
		return new ChannelSecret(require(t, id), secret);
	}

	private static String token(ChannelKind kind, String token) {
		String v = token == null ? "" : token.strip();
		boolean ok = kind == ChannelKind.TELEGRAM ? v.matches("\\d{3,20}:[A-Za-z0-9_-]{10,100}")
				: v.length() >= 20 && v.length() <= 1000 && v.chars().noneMatch(Character::isWhitespace);
		if (!ok) {
			throw new InvalidInputException("token", "messaging.channel.error.token." + kind);
		}
		return v;
	}

	private String secret() {
		return RandomCodes.of(SECRET_LETTERS, 40);
	}

	private static void requireAdmin(Tenant t) {
		if (!t.hasRole("ADMIN")) {
			throw new NotFoundException("channel");
		}
	}

	private static ChannelView view(ChannelStore.ChannelState s) {
		return new ChannelView(s.channel().id(), s.channel().kind(), s.channel().externalId(), s.channel().active(),
				s.lastInbound(), s.pending(), s.failed());
	}
}
