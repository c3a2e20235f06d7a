package kg.tereze.shared;

import java.util.Locale;

/** A name in the three languages of the interface; Kyrgyz, the state language, is the fallback. */
public record LocalizedName(String ky, String ru, String en) {

	public String in(Locale locale) {
		String name = switch (locale == null ? "ky" : locale.getLanguage()) {
			case "ru" -> ru;
			case "en" -> en;
			default -> ky;
		};
		return name == null || name.isBlank() ? ky : name;
	}

	@Override
	public String toString() {
		return ky;
	}
}
