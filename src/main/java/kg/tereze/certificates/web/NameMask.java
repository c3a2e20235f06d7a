package kg.tereze.certificates.web;

/**
 * A name as the public page shows it: enough to match the paper in hand, too little to learn who
 * holds it. {@code Сыдыков Бактыбек Асанович} → {@code Б***** С. А.}: the given name's initial and its
 * length, then the other initials.
 */
final class NameMask {

	private NameMask() {
	}

	static String mask(String fullName) {
		if (fullName == null || fullName.isBlank()) {
			return "";
		}
		String[] parts = fullName.trim().split("\\s+");
		StringBuilder out = new StringBuilder();
		String given = parts.length > 1 ? parts[1] : parts[0];
		out.append(given.charAt(0)).append("*".repeat(Math.max(2, given.codePointCount(0, given.length()) - 1)));
		if (parts.length > 1) {
			out.append(' ').append(parts[0].charAt(0)).append('.');
		}
		for (int i = 2; i < parts.length; i++) {
			out.append(' ').append(parts[i].charAt(0)).append('.');
		}
		return out.toString();
	}
}
