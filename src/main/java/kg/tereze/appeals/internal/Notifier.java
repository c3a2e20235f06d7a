package kg.tereze.appeals.internal;

import java.time.Clock;
import java.util.Locale;

import kg.tereze.messaging.Outbox;
import kg.tereze.messaging.ResidentTexts;

import org.springframework.stereotype.Component;

/**
 * Tells a resident something on the channel of their thread, in Kyrgyz and Russian (we do not know
 * which the resident reads), and keeps the message in the thread so staff see what was said.
 */
@Component
public class Notifier {

	static final Locale KY = Locale.forLanguageTag("ky");

	static final Locale RU = Locale.forLanguageTag("ru");

	private final Outbox outbox;

	private final ThreadStore threads;

	private final ResidentTexts texts;

	private final Clock clock;

	Notifier(Outbox outbox, ThreadStore threads, ResidentTexts texts, Clock clock) {
		this.outbox = outbox;
		this.threads = threads;
		this.texts = texts;
		this.clock = clock;
	}

	/** The message {@code key} in both languages; {@code args} that are message keys themselves are resolved first. */
	public String bilingual(String key, Object... args) {
		return texts.bilingual(key, args);
	}

	public String text(Locale locale, String key, Object... args) {
		return texts.text(locale, key, args);
	}

	/** Sends {@code text} on the thread's channel, kept in the thread as an automatic answer. */
	public void tell(long municipalityId, Conversation thread, String text) {
		long id = outbox.send(municipalityId, thread.recipient(), text, "ky");
		threads.addOutgoing(thread.id(), text, null, id, true, clock.instant());
	}

	public void tell(long municipalityId, long threadId, String text) {
		threads.find(municipalityId, threadId).ifPresent(t -> tell(municipalityId, t, text));
	}
}
