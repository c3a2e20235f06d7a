package kg.tereze.payments.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import kg.tereze.shared.ClientRateLimit;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks an agent's HTTP Basic credentials. A password hash is slow on purpose, and terminals send a
 * thousand requests a second, so a pair that checked out is remembered for a minute by its digest
 * (never the password itself). Failures are limited per agent code and address: after ten in a
 * minute the pair is refused without checking the password, so guessing cannot make the server hash
 * passwords without end.
 */
@Component
public class AgentCredentials {

	private static final long TTL_NANOS = 60_000_000_000L;

	static final int FAILURES_A_MINUTE = 10;

	private record Checked(PaymentAgent agent, long until) {
	}

	/** The agent, or why not: the credentials are wrong, or too many were wrong from there just now. */
	public record Check(PaymentAgent agent, boolean throttled) {

		static final Check WRONG = new Check(null, false);

		public boolean passed() {
			return agent != null;
		}
	}

	private final AgentStore store;

	private final PasswordEncoder encoder;

	private final Map<String, Checked> checked = new ConcurrentHashMap<>();

	private final ClientRateLimit failures = new ClientRateLimit(FAILURES_A_MINUTE, Duration.ofMinutes(1));

	AgentCredentials(AgentStore store, PasswordEncoder encoder) {
		this.store = store;
		this.encoder = encoder;
	}

	/**
	 * The agent named by an {@code Authorization: Basic …} header sent from {@code address}, if the
	 * password is right and the agent active.
	 */
	public Check authenticate(String authorization, String address) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return Check.WRONG;
		}
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			return Check.WRONG;
		}
		int colon = decoded.indexOf(':');
		if (colon < 1) {
			return Check.WRONG;
		}
		String code = decoded.substring(0, colon);
		String password = decoded.substring(colon + 1);
		String digest = digest(decoded);
		Checked hit = checked.get(digest);
		long now = System.nanoTime();
		if (hit != null && hit.until() - now > 0) {
			return new Check(hit.agent(), false);
		}
		String from = code + "@" + address;
		if (failures.exhausted(from)) {
			return new Check(null, true);
		}
		Optional<PaymentAgent> agent = store.byCode(code)
			.filter(c -> c.agent().active() && encoder.matches(password, c.passwordHash()))
			.map(AgentStore.Credentials::agent);
		if (agent.isEmpty()) {
			failures.allow(from);
			return Check.WRONG;
		}
		checked.put(digest, new Checked(agent.get(), now + TTL_NANOS));
		return new Check(agent.get(), false);
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
