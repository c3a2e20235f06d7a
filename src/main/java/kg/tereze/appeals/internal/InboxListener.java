package kg.tereze.appeals.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.messaging.MessageReceived;
import kg.tereze.messaging.Outbox;
import kg.tereze.registry.RegistryQueries;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A resident's message lands in their thread, in the transaction that marks it processed. A question
 * the machine can answer is answered at once; a refused part (a photo too large, a place abroad) is
 * explained; everything else waits in the inbox for staff.
 */
@Component
class InboxListener {

	private final ThreadStore threads;

	private final SelfService selfService;

	private final Notifier notifier;

	private final Outbox outbox;

	private final Clock clock;

	private final RegistryQueries registry;

	private final AuditTrail audit;

	InboxListener(ThreadStore threads, SelfService selfService, Notifier notifier, Outbox outbox, Clock clock,
			RegistryQueries registry, AuditTrail audit) {
		this.registry = registry;
		this.audit = audit;
		this.threads = threads;
		this.selfService = selfService;
		this.notifier = notifier;
		this.outbox = outbox;
		this.clock = clock;
	}

	@EventListener
	void on(MessageReceived m) {
		if (m.isEmpty()) {
			if (m.refusal() != null) {
				// Nothing else came with it: the resident is told why, and no thread is started for nothing.
				outbox.send(m.municipalityId(), m.replyTo(), notifier.bilingual("appeals.refused." + m.refusal().name()), "ky");
			}
			return;
		}
		Optional<SelfService.Answer> automatic = m.location() == null && m.mediaCodes().isEmpty()
				? selfService.answer(m.municipalityId(), m.text(), key(m), m.from()) : Optional.empty();
		ThreadStore.Touched touched = threads.touch(m, automatic.map(a -> !a.complete()).orElse(true));
		long thread = touched.id();
		if (!touched.linked() && touched.phone() != null) {
			linkByPhone(m.municipalityId(), thread, touched.phone());
		}
		if (!threads.addIncoming(thread, m)) {
			return;
		}
		if (m.refusal() != null) {
			reply(m, thread, notifier.bilingual("appeals.refused." + m.refusal().name()));
		}
		automatic.ifPresent(a -> reply(m, thread, a.text()));
	}

	/** The message's own name on its channel, as an idempotency key of at most 100 characters. */
	private static String key(MessageReceived m) {
		String key = "msg-" + m.channelId() + "-" + m.externalId();
		return key.length() <= 100 ? key : key.substring(0, 100);
	}

	/**
	 * A resident whose phone is in the household book, and in nobody else's entry, is linked at once, so
	 * that staff see who writes; staff can change or undo it on the thread.
	 */
	private void linkByPhone(long municipalityId, long thread, String phone) {
		registry.livingByPhone(municipalityId, phone).ifPresent(person -> {
			if (threads.linkIfUnlinked(thread, person)) {
				audit.record(AuditRecord.updated("appeals_thread", thread, municipalityId, Map.of("personId", ""),
						Map.of("personId", person, "by", "phone")));
			}
		});
	}

	private void reply(MessageReceived m, long thread, String text) {
		long id = outbox.send(m.municipalityId(), m.replyTo(), text, "ky");
		threads.addOutgoing(thread, text, null, id, true, clock.instant());
	}
}
