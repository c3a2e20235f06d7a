package kg.tereze.appeals.internal;

import java.time.Clock;
import java.util.Locale;

import kg.tereze.appeals.Conversation;
import kg.tereze.messaging.Outbox;

import org.springframework.context.MessageSource;
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

	private final MessageSource messages;

	private final Clock clock;

	Notifier(Outbox outbox, ThreadStore threads, MessageSource messages, Clock clock) {
		this.outbox = outbox;
		this.threads = threads;
		this.messages = messages;
		this.clock = clock;
	}

	/** The message {@code key} in both languages; {@code args} that are message keys themselves are resolved first. */
	public String bilingual(String key, Object... args) {
		return text(KY, key, args) + "\n\n" + text(RU, key, args);
	}

	public String text(Locale locale, String key, Object... args) {
		Object[] resolved = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			resolved[i] = args[i] instanceof Key k ? messages.getMessage(k.code(), null, k.code(), locale)
					: args[i] instanceof kg.tereze.shared.LocalizedName n ? n.in(locale) : args[i];
		}
		return messages.getMessage(key, resolved, key, locale);
	}

	/** Sends {@code text} on the thread's channel, kept in the thread as an automatic answer. */
	public void tell(long municipalityId, Conversation thread, String text) {
		long id = outbox.send(municipalityId, thread.recipient(), text, "ky");
		threads.addOutgoing(thread.id(), text, null, id, true, clock.instant());
	}

	public void tell(long municipalityId, long threadId, String text) {
		threads.find(municipalityId, threadId).ifPresent(t -> tell(municipalityId, t, text));
	}

	/** A message key given as an argument, to be resolved in each language. */
	public record Key(String code) {
	}
}
