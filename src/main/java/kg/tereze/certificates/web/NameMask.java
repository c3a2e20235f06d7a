package kg.tereze.certificates.web;

/**
 * A name as the public page shows it: enough to match the paper in hand, too little to learn who
 * holds it. {@code Сыдыков Бактыбек Асанович} → {@code С****** Б. А.}: the first word's initial and
 * length, then the initials of the others.
 */
final class NameMask {

	private NameMask() {
	}

	static String mask(String fullName) {
		if (fullName == null || fullName.isBlank()) {
			return "";
		}
		String[] words = fullName.trim().split("\\s+");
		StringBuilder out = new StringBuilder();
		String first = words[0];
		out.append(first.charAt(0)).append("*".repeat(Math.max(2, first.codePointCount(0, first.length()) - 1)));
		for (int i = 1; i < words.length; i++) {
			out.append(' ').append(words[i].charAt(0)).append('.');
		}
		return out.toString();
	}
}
