package kg.tereze.messaging.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PreDestroy;
import kg.tereze.messaging.Location;
import kg.tereze.messaging.MessageReceived;
import kg.tereze.messaging.Refusal;
import kg.tereze.messaging.internal.ChannelStore.Channel;
import kg.tereze.messaging.internal.InboundStore.Inbound;
import kg.tereze.shared.Lease;
import kg.tereze.shared.Leases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works through the stored messages after their webhooks were answered: fetches photos, then stores
 * them, publishes {@link MessageReceived} (its listeners run in the same transaction) and marks the
 * message done. A claimed batch commits as one transaction with a savepoint per message, so a message
 * that fails is rolled back alone and marked failed, and the disk is not asked for a commit per
 * message while the webhooks wait for theirs. A node stopped in the middle leaves its messages leased;
 * they are taken again when the lease ends, and none is handed on twice.
 */
@Component
class InboundProcessor {

	private static final Logger log = LoggerFactory.getLogger(InboundProcessor.class);

	static final int MAX_ATTEMPTS = 5;

	static final int MAX_TEXT = 4000;

	private static final Duration LEASE = Duration.ofMinutes(2);

	private final InboundStore inbound;

	private final ChannelStore channels;

	private final MediaStore media;

	private final WhatsAppApi whatsApp;

	private final TelegramApi telegram;

	private final MessagingSettings settings;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate tx;

	private final TransactionTemplate nested;

	private final JsonMapper json;

	private final Clock clock;

	private final boolean enabled;

	private final PollingWorker worker;

	private final Leases leases;

	InboundProcessor(InboundStore inbound, ChannelStore channels, MediaStore media, WhatsAppApi whatsApp,
			TelegramApi telegram, MessagingSettings settings, ApplicationEventPublisher events, TransactionTemplate tx,
			Leases leases, JsonMapper json, Clock clock, @Value("${tereze.messaging.workers:true}") boolean enabled) {
		this.leases = leases;
		this.inbound = inbound;
		this.channels = channels;
		this.media = media;
		this.whatsApp = whatsApp;
		this.telegram = telegram;
		this.settings = settings;
		this.events = events;
		this.tx = tx;
		this.nested = new TransactionTemplate(tx.getTransactionManager());
		this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.json = json;
		this.clock = clock;
		this.enabled = enabled;
		this.worker = new PollingWorker("messaging-in", 200, 100, n -> leases.claim(InboundStore.LEASED, Long.class, n, LEASE),
				this::processBatch);
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

	/** What one message comes to once its photos are fetched, ready to be written. */
	private record Prepared(Inbound in, Channel channel, Incoming message, String text, Location place, Refusal refusal,
			List<Http.Download> files) {
	}

	/**
	 * Photos are fetched first, outside any transaction; then one transaction renews the lease (which
	 * locks the rows still held until it commits), writes those messages and lets the batch go. A
	 * message whose lease ran out meanwhile is left to the worker that holds it now.
	 */
	void processBatch(Lease<Long> lease) {
		List<Prepared> ready = new ArrayList<>();
		for (Inbound in : inbound.of(lease)) {
			Prepared p = prepare(in);
			if (p != null) {
				ready.add(p);
			}
		}
		tx.executeWithoutResult(outer -> {
			Set<Long> held = new HashSet<>(leases.renew(lease, LEASE));
			for (Prepared p : ready) {
				if (!held.contains(p.in().id())) {
					continue;
				}
				try {
					nested.executeWithoutResult(status -> write(p));
				}
				catch (RuntimeException e) {
					failed(p.in(), e);
				}
			}
			leases.release(lease);
		});
	}

	private Prepared prepare(Inbound in) {
		try {
			Channel channel = channels.find(in.channelId()).orElseThrow();
			Incoming message = Incoming.read(channel.kind(), json.readTree(in.payload()));
			boolean last = in.attempts() >= MAX_ATTEMPTS;
			Refusal refusal = null;
			String text = message.text();
			if (text != null && text.length() > MAX_TEXT) {
				refusal = Refusal.TEXT_TOO_LONG;
				text = null;
			}
			Location location = message.location();
			if (location != null && !location.inKyrgyzstan()) {
				refusal = Refusal.LOCATION_OUTSIDE;
				location = null;
			}
			List<Http.Download> files = new ArrayList<>();
			for (String fileId : message.fileIds()) {
				try {
					Http.Download d = channel.kind() == kg.tereze.messaging.ChannelKind.WHATSAPP
							? whatsApp.fetch(channel, fileId, settings.maxMediaBytes())
							: telegram.fetch(channel, fileId, settings.maxMediaBytes());
					if (d.content() == null) {
						refusal = Refusal.MEDIA_TOO_LARGE;
					}
					else {
						files.add(d);
					}
				}
				catch (ChannelCallFailed e) {
					if (e.retryable() && !last) {
						throw e;
					}
					refusal = Refusal.MEDIA_UNAVAILABLE;
				}
			}
			return new Prepared(in, channel, message, text, location, refusal, files);
		}
		catch (RuntimeException e) {
			failed(in, e);
			return null;
		}
	}

	private void write(Prepared p) {
		Instant now = clock.instant();
		Channel channel = p.channel();
		List<String> codes = p.files().stream().map(f -> media.store(channel.municipalityId(), f.mimeType(), f.content(), now)).toList();
		inbound.contacted(channel.id(), p.message().from(), p.in().receivedAt());
		events.publishEvent(new MessageReceived(channel.municipalityId(), channel.id(), channel.kind(), p.in().externalId(),
				p.message().from(), p.message().senderName(), p.text(), p.place(), codes, p.message().sharedPhone(),
				p.refusal(), p.in().receivedAt()));
		inbound.done(p.in().id());
	}

	private void failed(Inbound in, RuntimeException e) {
		boolean last = in.attempts() >= MAX_ATTEMPTS || (e instanceof ChannelCallFailed f && !f.retryable());
		log.warn("Message {} not processed (try {}): {}", in.id(), in.attempts(), e.toString());
		inbound.failed(in.id(), e.toString(), clock.instant().plus(Backoff.after(in.attempts(), settings.retryBase())), last);
	}
}
