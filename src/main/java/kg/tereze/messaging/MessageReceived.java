package kg.tereze.messaging;

import java.time.Instant;
import java.util.List;

/**
 * A resident's message, once: published in the transaction that marks it processed, so a listener's
 * work and the message's state commit together. {@code from} is the resident's address on the
 * channel (a phone number on WhatsApp, a chat id on Telegram); {@code sharedPhone} a phone number the
 * resident chose to share; {@code mediaCodes} the stored photos ({@link MediaFiles}).
 */
public record MessageReceived(long municipalityId, long channelId, ChannelKind kind, String externalId, String from,
		String senderName, String text, Location location, List<String> mediaCodes, String sharedPhone,
		Refusal refusal, Instant receivedAt) {

	public Recipient replyTo() {
		return new Recipient(channelId, from);
	}

	/** Nothing left to show once the refused part is taken away. */
	public boolean isEmpty() {
		return (text == null || text.isBlank()) && location == null && mediaCodes.isEmpty() && sharedPhone == null;
	}
}
