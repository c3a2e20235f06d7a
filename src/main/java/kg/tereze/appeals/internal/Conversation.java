package kg.tereze.appeals.internal;

import java.time.Instant;

import kg.tereze.messaging.ChannelKind;
import kg.tereze.messaging.Recipient;

/**
 * A resident's thread on one channel: every message either way, in order. {@code waiting} while the
 * resident's last message has no answer from staff.
 */
public record Conversation(long id, long municipalityId, ChannelKind channel, long channelId, String address,
		String name, String phone, Long personId, Instant lastMessageAt, boolean waiting, String lastText) {

	public Recipient recipient() {
		return new Recipient(channelId, address);
	}

	/** What staff call the resident: the name the messenger gave, else the number or chat. */
	public String displayName() {
		return name != null && !name.isBlank() ? name : phone != null ? phone : address;
	}
}
