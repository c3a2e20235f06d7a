package kg.tereze.shared;

import java.util.Map;

/**
 * A plain Latin spelling of Kyrgyz and Russian Cyrillic, for English names that have no official
 * form and for search that must find "Azamat" when "Азамат" was typed.
 */
public final class Latin {

	private static final Map<Character, String> LETTERS = Map.ofEntries(
			Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
			Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "yo"), Map.entry('ж', "j"),
			Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('к', "k"),
			Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('ң', "ng"),
			Map.entry('о', "o"), Map.entry('ө', "o"), Map.entry('п', "p"), Map.entry('р', "r"),
			Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ү', "u"),
			Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
			Map.entry('ш', "sh"), Map.entry('щ', "sch"), Map.entry('ъ', ""), Map.entry('ы', "y"),
			Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"));

	private Latin() {
	}

	public static String of(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char lower = Character.toLowerCase(c);
			String mapped = LETTERS.get(lower);
			if (mapped == null) {
				out.append(c);
			}
			else if (c != lower && !mapped.isEmpty()) {
				out.append(Character.toUpperCase(mapped.charAt(0))).append(mapped, 1, mapped.length());
			}
			else {
				out.append(mapped);
			}
		}
		return out.toString();
	}
}
