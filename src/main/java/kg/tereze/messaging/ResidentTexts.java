package kg.tereze.messaging;

import java.util.Locale;

import kg.tereze.shared.LocalizedName;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What Tereze tells a resident, in Kyrgyz and then Russian: we do not know which one they read.
 * Arguments that are message keys or names in three languages are put in each language's words.
 */
@Component
public class ResidentTexts {

	static final Locale KY = Locale.forLanguageTag("ky");

	static final Locale RU = Locale.forLanguageTag("ru");

	private final MessageSource messages;

	ResidentTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String bilingual(String key, Object... args) {
		return text(KY, key, args) + "\n\n" + text(RU, key, args);
	}

	public String text(Locale locale, String key, Object... args) {
		Object[] resolved = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			resolved[i] = args[i] instanceof Key k ? messages.getMessage(k.code(), null, k.code(), locale)
					: args[i] instanceof LocalizedName n ? n.in(locale) : args[i];
		}
		return messages.getMessage(key, resolved, key, locale);
	}

	/** A message key given as an argument, to be resolved in each language. */
	public record Key(String code) {
	}
}
