package kg.tereze.messaging.internal;

/**
 * A channel with the secret token Tereze made for its webhook (Telegram's {@code secret_token}), shown
 * once to be given to {@code setWebhook}; only its hash is kept. WhatsApp channels have none.
 */
public record ChannelSecret(ChannelView channel, String secret) {
}
