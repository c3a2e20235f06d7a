package kg.tereze.messaging;

/** Where an answer goes: the channel (a WhatsApp number or a Telegram bot) and the resident's address on it. */
public record Recipient(long channelId, String address) {
}
