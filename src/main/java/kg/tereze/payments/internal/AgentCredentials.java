package kg.tereze.payments.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import kg.tereze.payments.PaymentAgent;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks an agent's HTTP Basic credentials. A password hash is slow on purpose, and terminals send a
 * thousand requests a second, so a pair that checked out is remembered for a minute by its digest
 * (never the password itself).
 */
@Component
public class AgentCredentials {

	private static final long TTL_NANOS = 60_000_000_000L;

	private record Checked(PaymentAgent agent, long until) {
	}

	private final AgentStore store;

	private final PasswordEncoder encoder;

	private final Map<String, Checked> checked = new ConcurrentHashMap<>();

	AgentCredentials(AgentStore store, PasswordEncoder encoder) {
		this.store = store;
		this.encoder = encoder;
	}

	/** The agent named by an {@code Authorization: Basic …} header, if the password is right and the agent active. */
	public Optional<PaymentAgent> authenticate(String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return Optional.empty();
		}
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
		int colon = decoded.indexOf(':');
		if (colon < 1) {
			return Optional.empty();
		}
		String code = decoded.substring(0, colon);
		String password = decoded.substring(colon + 1);
		String digest = digest(decoded);
		Checked hit = checked.get(digest);
		long now = System.nanoTime();
		if (hit != null && hit.until() - now > 0) {
			return Optional.of(hit.agent());
		}
		Optional<PaymentAgent> agent = store.byCode(code)
			.filter(c -> c.agent().active() && encoder.matches(password, c.passwordHash()))
			.map(AgentStore.Credentials::agent);
		agent.ifPresent(a -> checked.put(digest, new Checked(a, now + TTL_NANOS)));
		return agent;
	}

	/** Settings or a password changed: the next request of every agent is checked afresh. */
	public void forgetAll() {
		checked.clear();
	}

	private static String digest(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
