package kg.tereze.appeals.internal;

import java.time.Duration;

import kg.tereze.shared.ClientRateLimit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Reports through the public form per client address: a family's few, not a spammer's hundreds. */
@Component
public class SubmissionRateLimit {

	private final ClientRateLimit limit;

	SubmissionRateLimit(@Value("${tereze.appeals.reports-per-hour:10}") int perHour) {
		this.limit = new ClientRateLimit(perHour, Duration.ofHours(1));
	}

	public boolean allow(String clientAddress) {
		return limit.allow(clientAddress);
	}

	public void forget(String clientAddress) {
		limit.forget(clientAddress);
	}
}
