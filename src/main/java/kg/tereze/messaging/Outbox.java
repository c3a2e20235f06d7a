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
			throw new InvalidInputException("text", "appeals.messaging.error.empty");
		}
		if (text.length() > MAX_LENGTH) {
			throw new InvalidInputException("text", "appeals.messaging.error.tooLong", MAX_LENGTH);
		}
		channels.find(municipalityId, to.channelId()).orElseThrow(() -> new NotFoundException("channel"));
		return store.insert(municipalityId, to.channelId(), to.address(), text.strip(),
				"ru".equals(language) ? "ru" : "ky", clock.instant());
	}

	/**
	 * The resident's WhatsApp by their phone number, through the municipality's active WhatsApp number;
	 * empty when the municipality has none or the phone cannot be a WhatsApp id. Outside the 24-hour
	 * window the message goes as the approved template.
	 */
	public java.util.Optional<Recipient> whatsApp(long municipalityId, String phone) {
		String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
		if (digits.length() == 9 && digits.charAt(0) != '0') {
			digits = "996" + digits;
		}
		else if (digits.length() == 10 && digits.charAt(0) == '0') {
			digits = "996" + digits.substring(1);
		}
		if (digits.length() < 10 || digits.length() > 15) {
			return java.util.Optional.empty();
		}
		String address = digits;
		return channels.of(municipalityId).stream().filter(c -> c.active() && c.kind() == ChannelKind.WHATSAPP).findFirst()
			.map(c -> new Recipient(c.id(), address));
	}

	public List<Delivery> deliveries(long municipalityId, Collection<Long> ids) {
		return store.deliveries(municipalityId, ids);
	}
}
