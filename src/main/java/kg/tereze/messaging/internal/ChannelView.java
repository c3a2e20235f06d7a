package kg.tereze.messaging.internal;

import kg.tereze.messaging.ChannelKind;
import java.time.Instant;

/** A municipality's WhatsApp number or Telegram bot as its administrator sees it; tokens never leave the server. */
public record ChannelView(long id, ChannelKind kind, String externalId, boolean active, Instant lastInbound,
		long pending, long failed) {
}
