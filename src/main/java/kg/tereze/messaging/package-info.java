/**
 * WhatsApp and Telegram: what residents send in (webhooks, stored before they are answered and
 * handed on as {@link kg.tereze.messaging.MessageReceived} after), and what Tereze sends back
 * ({@link kg.tereze.messaging.Outbox}, with retries and backoff).
 */
package kg.tereze.messaging;
