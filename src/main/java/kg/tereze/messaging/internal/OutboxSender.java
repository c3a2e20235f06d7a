package kg.tereze.messaging.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.PreDestroy;
import kg.tereze.messaging.ChannelKind;
import kg.tereze.messaging.internal.ChannelStore.Channel;
import kg.tereze.messaging.internal.OutboxStore.Pending;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds, each message on its own channel's API. A refusal that may pass (a
 * timeout, 429, a 5xx) is tried again later, doubling the wait; one that will not (an unknown
 * recipient, a blocked bot), or the eighth failure, marks it failed for staff to see.
 */
@Component
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	static final int MAX_ATTEMPTS = 8;

	private static final Duration LEASE = Duration.ofMinutes(2);

	private static final Duration WINDOW = Duration.ofHours(24);

	private final OutboxStore outbox;

	private final ChannelStore channels;

	private final WhatsAppApi whatsApp;

	private final TelegramApi telegram;

	private final MessagingSettings settings;

	private final Clock clock;

	private final boolean enabled;

	private final PollingWorker<Pending> worker;

	OutboxSender(OutboxStore outbox, ChannelStore channels, WhatsAppApi whatsApp, TelegramApi telegram, MessagingSettings settings,
			Clock clock, @Value("${tereze.messaging.workers:true}") boolean enabled) {
		this.outbox = outbox;
		this.channels = channels;
		this.whatsApp = whatsApp;
		this.telegram = telegram;
		this.settings = settings;
		this.clock = clock;
		this.enabled = enabled;
		this.worker = new PollingWorker<>("messaging-out", 500, 50, n -> outbox.claim(n, clock.instant(), LEASE),
				batch -> batch.forEach(this::send));
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (enabled) {
			worker.start();
		}
	}

	@PreDestroy
	void stop() throws InterruptedException {
		worker.stop();
	}

	void send(Pending p) {
		Instant now = clock.instant();
		try {
			Channel channel = channels.find(p.channelId()).orElseThrow();
			if (channel.kind() == ChannelKind.WHATSAPP) {
				boolean window = outbox.withinWindow(channel.id(), p.recipient(), now.minus(WINDOW));
				String id = whatsApp.send(channel, p.recipient(), p.body(), p.language(), window);
				outbox.sent(p.id(), window ? "TEXT" : "TEMPLATE", id, now);
			}
			else {
				outbox.sent(p.id(), "TEXT", telegram.send(channel, p.recipient(), p.body()), now);
			}
		}
		catch (ChannelCallFailed e) {
			if (e.retryable() && p.attempts() < MAX_ATTEMPTS) {
				outbox.retry(p.id(), e.getMessage(), now.plus(Backoff.after(p.attempts(), settings.retryBase())));
			}
			else {
				outbox.failed(p.id(), e.getMessage());
			}
		}
		catch (RuntimeException e) {
			log.warn("Outgoing message {} failed: {}", p.id(), e.toString());
			outbox.failed(p.id(), e.toString());
		}
	}
}
