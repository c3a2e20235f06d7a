package kg.tereze.messaging.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.PreDestroy;
import kg.tereze.messaging.ChannelKind;
import kg.tereze.messaging.internal.ChannelStore.Channel;
import kg.tereze.messaging.internal.OutboxStore.Pending;
import kg.tereze.shared.Lease;
import kg.tereze.shared.LeaseLostException;
import kg.tereze.shared.Leases;
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

	private final PollingWorker worker;

	private final Leases leases;

	OutboxSender(OutboxStore outbox, ChannelStore channels, WhatsAppApi whatsApp, TelegramApi telegram, MessagingSettings settings,
			Leases leases, Clock clock, @Value("${tereze.messaging.workers:true}") boolean enabled) {
		this.leases = leases;
		this.outbox = outbox;
		this.channels = channels;
		this.whatsApp = whatsApp;
		this.telegram = telegram;
		this.settings = settings;
		this.clock = clock;
		this.enabled = enabled;
		this.worker = new PollingWorker("messaging-out", 500, 50, n -> leases.claim(OutboxStore.LEASED, Long.class, n, LEASE),
				this::sendAll);
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

	void sendAll(Lease<Long> batch) {
		for (Pending p : outbox.of(batch)) {
			send(batch.of(p.id()), p);
		}
	}

	/**
	 * Sends one message of the batch. Its lease is renewed right before the call (which ends long before
	 * the lease does), and what came of it is written only while the lease is still held, so a message
	 * whose lease ran out meanwhile is left to its new holder instead of being sent twice.
	 */
	void send(Lease<Long> lease, Pending p) {
		if (leases.renew(lease, LEASE).isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		try {
			Channel channel = channels.find(p.channelId()).orElseThrow();
			if (channel.kind() == ChannelKind.WHATSAPP) {
				boolean window = outbox.withinWindow(channel.id(), p.recipient(), now.minus(WINDOW));
				String id = whatsApp.send(channel, p.recipient(), p.body(), p.language(), window);
				leases.finish(lease, () -> outbox.sent(p.id(), window ? "TEXT" : "TEMPLATE", id, now));
			}
			else {
				String id = telegram.send(channel, p.recipient(), p.body());
				leases.finish(lease, () -> outbox.sent(p.id(), "TEXT", id, now));
			}
		}
		catch (ChannelCallFailed e) {
			if (e.retryable() && p.attempts() < MAX_ATTEMPTS) {
				leases.finish(lease, () -> outbox.retry(p.id(), e.getMessage(), now.plus(Backoff.after(p.attempts(), settings.retryBase()))));
			}
			else {
				leases.finish(lease, () -> outbox.failed(p.id(), e.getMessage()));
			}
		}
		catch (LeaseLostException e) {
			log.warn("Outgoing message {} was taken over by another sender", p.id());
		}
		catch (RuntimeException e) {
			log.warn("Outgoing message {} failed: {}", p.id(), e.toString());
			leases.finish(lease, () -> outbox.failed(p.id(), e.toString()));
		}
	}
}
