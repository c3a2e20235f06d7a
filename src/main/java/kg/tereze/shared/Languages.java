package kg.tereze.shared;

import java.util.List;
import java.util.Locale;

/** The interface languages. Kyrgyz, the state language, is the default. */
public final class Languages {

	public static final List<String> SUPPORTED = List.of("ky", "ru", "en");

	public static final String DEFAULT = "ky";

	/** Where the chosen language of a browser session is kept. */
	public static final String SESSION_ATTRIBUTE = "tereze.language";

	private Languages() {
	}

	public static boolean supported(String language) {
		return language != null && SUPPORTED.contains(language);
	}

	public static Locale locale(String language) {
		return Locale.forLanguageTag(supported(language) ? language : DEFAULT);
	}
}
