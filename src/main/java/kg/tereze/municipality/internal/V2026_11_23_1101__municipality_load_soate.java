package kg.tereze.municipality.internal;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kg.tereze.shared.Csv;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the SOATE classifier (a 2021 transcription) with the renames since then applied. Runs once,
 * as a migration, so every database has the same classifier whatever the order of start-ups.
 */
@Component
class V2026_11_23_1101__municipality_load_soate extends BaseJavaMigration {

	private static final String FOLDER = "municipality/soate/";

	@Override
	public void migrate(Context context) throws Exception {
		Map<String, String[]> kyEn = namesKyEn();
		Map<String, String> renames = renames();
		List<List<String>> rows = read("kg_soate_units.csv");
		List<String> header = rows.get(0);
		try (PreparedStatement insert = context.getConnection().prepareStatement("""
				insert into soate_unit (code, level, parent_code, oblast_code, district_code, aimak_code,
				                        name_ru, short_ru, name_ky, name_en, former_name_ru)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
			for (List<String> values : rows.subList(1, rows.size())) {
				SoateRow row = SoateRow.of(header, values);
				SoateNames names = SoateNames.of(row, renames.get(row.code()), kyEn.get(row.code()));
				insert.setString(1, row.code());
				insert.setString(2, row.level());
				insert.setString(3, emptyToNull(row.parent()));
				insert.setString(4, emptyToNull(row.oblast()));
				insert.setString(5, emptyToNull(row.district()));
				insert.setString(6, emptyToNull(row.aimak()));
				insert.setString(7, names.ru());
				insert.setString(8, names.shortRu());
				insert.setString(9, names.ky());
				insert.setString(10, names.en());
				insert.setString(11, names.formerRu());
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private static Map<String, String[]> namesKyEn() {
		Map<String, String[]> names = new HashMap<>();
		List<List<String>> rows = read("kg_oblasts_districts_ky_ru_en.csv");
		for (List<String> row : rows.subList(1, rows.size())) {
			names.put(row.get(0), new String[] { row.get(3), row.get(4) });
		}
		return names;
	}

	/** Renames that a law or a reliable source confirms; unverified ones are left out. */
	private static Map<String, String> renames() {
		Map<String, String> renames = new HashMap<>();
		List<List<String>> rows = read("kg_soate_renames_overlay.csv");
		for (List<String> row : rows.subList(1, rows.size())) {
			if (!"unverified".equals(row.get(5))) {
				renames.put(row.get(0), row.get(3));
			}
		}
		return renames;
	}

	private static List<List<String>> read(String file) {
		try {
			return Csv.read(new InputStreamReader(new ClassPathResource(FOLDER + file).getInputStream(),
					StandardCharsets.UTF_8));
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException("classifier file missing: " + file, e);
		}
	}

	private static String emptyToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
