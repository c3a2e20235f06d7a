package kg.tereze.certificates.internal;

import java.time.Duration;

import kg.tereze.shared.ClientRateLimit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Requests to the public verification pages per client address: enough for anyone checking papers, too few to walk through codes. */
@Component
public class VerificationRateLimit {

	private final ClientRateLimit limit;

	VerificationRateLimit(@Value("${tereze.verify.requests-per-minute:30}") int perMinute) {
		this.limit = new ClientRateLimit(perMinute, Duration.ofMinutes(1));
	}

	public boolean allow(String clientAddress) {
		return limit.allow(clientAddress);
	}

	/** Forgets one client (tests start each from a full bucket). */
	public void forget(String clientAddress) {
		limit.forget(clientAddress);
	}
}
