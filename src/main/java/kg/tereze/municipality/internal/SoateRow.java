package kg.tereze.municipality.internal;

import java.util.List;

/** One line of kg_soate_units.csv, by column name. */
record SoateRow(String code, String level, String nameRu, String shortRu, String lat, String parent,
		String oblast, String district, String aimak) {

	static SoateRow of(List<String> header, List<String> values) {
		return new SoateRow(get(header, values, "soate"), get(header, values, "level"),
				get(header, values, "name_ru"), get(header, values, "name_ru_short_auto"),
				get(header, values, "name_lat_auto"), get(header, values, "parent_soate"),
				get(header, values, "oblast_soate"), get(header, values, "district_soate"),
				get(header, values, "aimak_soate"));
	}

	private static String get(List<String> header, List<String> values, String column) {
		int i = header.indexOf(column);
		return i < values.size() ? values.get(i).trim() : "";
	}
}
