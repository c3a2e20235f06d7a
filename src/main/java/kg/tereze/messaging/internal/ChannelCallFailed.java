package kg.tereze.messaging.internal;

/** A messenger's API refused or could not be reached; {@code retryable} when trying later may help. */
public class ChannelCallFailed extends RuntimeException {

	private final boolean retryable;

	public ChannelCallFailed(String message, boolean retryable) {
		super(message);
		this.retryable = retryable;
	}

	public boolean retryable() {
		return retryable;
	}

	/** 408, 429 and 5xx pass; other refusals (an unknown recipient, a revoked token) will not. */
	static boolean retryableStatus(int status) {
		return status == 408 || status == 429 || status >= 500;
	}
}
