package kg.tereze.messaging;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import kg.tereze.messaging.internal.ChannelStore;
import kg.tereze.messaging.internal.OutboxStore;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages to residents on their messenger. {@link #send} only stores the message, in the caller's
 * transaction, so it goes out exactly when the change it tells of is committed; a worker sends it,
 * retrying with backoff.
 */
@Service
public class Outbox {

	public static final int MAX_LENGTH = 4096;

	private final OutboxStore store;

	private final ChannelStore channels;

	private final Clock clock;

	Outbox(OutboxStore store, ChannelStore channels, Clock clock) {
		this.store = store;
		this.channels = channels;
		this.clock = clock;
	}

	/** Queues {@code text} for the resident; {@code language} (ky, ru) picks the WhatsApp template's language. */
	@Transactional
	public long send(long municipalityId, Recipient to, String text, String language) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("text", "messaging.error.empty");
		}
		if (text.length() > MAX_LENGTH) {
			throw new InvalidInputException("text", "messaging.error.tooLong", MAX_LENGTH);
		}
		channels.find(to.channelId()).filter(c -> c.municipalityId() == municipalityId)
			.orElseThrow(() -> new NotFoundException("channel"));
		return store.insert(municipalityId, to.channelId(), to.address(), text.strip(),
				"ru".equals(language) ? "ru" : "ky", clock.instant());
	}

	public List<Delivery> deliveries(long municipalityId, Collection<Long> ids) {
		return store.deliveries(municipalityId, ids);
	}
}
