package kg.tereze.shared;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import kg.tereze.shared.internal.RequestKeyStore;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where a request that may come twice is done once. In the caller's transaction the
 * key is claimed first ({@code INSERT … ON CONFLICT DO NOTHING}, which waits while another
 * transaction holds the same key uncommitted); then either the work runs and its answer is kept
 * with the key, or the first request's answer is given back. A key that comes back with other
 * fields is refused. When the work fails the transaction rolls back and takes the claim with it, so
 * a refused request can be sent again under the same key.
 */
@Component
public class Idempotency {

	private final RequestKeyStore keys;

	private final java.time.Clock clock;

	Idempotency(RequestKeyStore keys, java.time.Clock clock) {
		this.keys = keys;
		this.clock = clock;
	}

	/** What came of a request: the value, and whether it is the first request's, given back. */
	public record Once<T>(T value, boolean repeated) {
	}

	/** A key that came back with another request. */
	public static class KeyReusedException extends InvalidInputException {

		KeyReusedException(String messageKey) {
			super(IdempotentRequest.FIELD, messageKey);
		}
	}

	/**
	 * Runs {@code work} once for the request's key. {@code answer} names what the work made (an id,
	 * a number) so that {@code replay} can give it back to a repeat.
	 */
	@Transactional
	public <T> Once<T> once(IdempotentRequest r, Supplier<T> work, Function<T, String> answer,
			Function<String, T> replay) {
		if (!r.keyed()) {
			return new Once<>(work.get(), false);
		}
		if (!keys.claim(r.scope(), r.kind(), r.key(), r.fingerprint(), clock.instant())) {
			RequestKeyStore.Kept first = keys.find(r.scope(), r.kind(), r.key()).orElseThrow();
			if (!first.fingerprint().equals(r.fingerprint())) {
				throw new KeyReusedException(r.reusedMessage());
			}
			return new Once<>(replay.apply(first.answer()), true);
		}
		T value = work.get();
		keys.answer(r.scope(), r.kind(), r.key(), answer.apply(value));
		return new Once<>(value, false);
	}

	/** What the first request under the key made, if one was made: for clients that ask by their key later. */
	public Optional<String> answer(long scope, String kind, String key) {
		String k = IdempotentRequest.checked(key);
		return k == null ? Optional.empty() : keys.find(scope, kind, k).map(RequestKeyStore.Kept::answer);
	}
}
