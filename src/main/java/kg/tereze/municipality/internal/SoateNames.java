package kg.tereze.municipality.internal;

import kg.tereze.shared.Latin;

/**
 * The Kyrgyz, Russian and English names of a classifier unit. Russian comes from the classifier
 * (or a later rename); Kyrgyz and English from the oblast and district list where it has them,
 * otherwise they are composed from the short name, and the Latin form is the English fallback.
 */
record SoateNames(String ru, String shortRu, String ky, String en, String formerRu) {

	private static final String AIMAK_RU = "айылный аймак";

	static SoateNames of(SoateRow row, String renamedTo, String[] kyEn) {
		String ru = row.nameRu();
		String shortRu = row.shortRu().isBlank() ? ru : row.shortRu();
		String lat = row.lat().isBlank() ? Latin.of(shortRu) : row.lat();
		String former = null;
		if (renamedTo != null && !renamedTo.isBlank()) {
			former = ru;
			ru = renamedTo;
			shortRu = shortOf(renamedTo);
			lat = Latin.of(shortRu);
		}
		if (kyEn != null && !kyEn[0].isBlank() && former == null) {
			return new SoateNames(ru, shortRu, kyEn[0], kyEn[1], null);
		}
		return switch (row.level()) {
			case "aiyl_aimak" -> new SoateNames(ru, shortRu, shortRu + " айыл аймагы", lat + " aiyl aimak", former);
			case "city_district_significance", "city_oblast_significance", "city_republican" ->
				new SoateNames(ru, shortRu, shortRu + " шаары", lat, former);
			default -> new SoateNames(ru, shortRu, shortRu, lat, former);
		};
	}

	/** "Айрыбазский айылный аймак" → "Айрыбазский"; "айылный аймак Молдо Нияз" → "Молдо Нияз"; "г. Манас" → "Манас". */
	private static String shortOf(String name) {
		return name.replace(AIMAK_RU, "").replace("г. ", "").trim();
	}
}
