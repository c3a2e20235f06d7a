package kg.tereze.registry;

import java.util.Locale;

import kg.tereze.shared.Latin;

/**
 * The form in which names and addresses are stored for search and in which queries are compared:
 * Latin, lower case, Kyrgyz letters folded to the plain ones people type when they have no Kyrgyz
 * keyboard (ң → n, ө → o, ү → u) and the common Latin variants folded too (zh → j, kh → h). So
 * "Азамат", "Azamat" and "азамат" are one key, as are "Үсөн", "Усон" and "Uson".
 */
public final class SearchKey {

	private SearchKey() {
	}

	public static String of(String... parts) {
		StringBuilder joined = new StringBuilder();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				joined.append(part).append(' ');
			}
		}
		String latin = Latin.of(joined.toString().trim()).toLowerCase(Locale.ROOT);
		latin = latin.replace("ng", "n").replace("zh", "j").replace("kh", "h").replace("yo", "e")
			.replace('ö', 'o').replace('ü', 'u').replace('ı', 'i');
		return latin.replaceAll("[^a-z0-9 ]+", " ").replaceAll("\\s+", " ").trim();
	}
}
