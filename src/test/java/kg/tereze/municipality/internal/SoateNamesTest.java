package kg.tereze.municipality.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SoateNamesTest {

	private static final List<String> HEADER = List.of("soate", "level", "name_ru", "name_ru_short_auto",
			"short_method_auto", "name_lat_auto", "parent_soate", "oblast_soate", "oblast_ru", "district_soate",
			"district_ru", "aimak_soate", "aimak_ru");

	@Test
	void aiylAimakGetsKyrgyzAndEnglishForms() {
		SoateRow row = SoateRow.of(HEADER, List.of("41706255832000", "aiyl_aimak", "Кароолский айылный аймак", "Кароол",
				"x", "Karool", "41706255000000", "41706000000000", "", "41706255000000", "", "", ""));
		SoateNames names = SoateNames.of(row, null, null);
		assertThat(names.ky()).isEqualTo("Кароол айыл аймагы");
		assertThat(names.ru()).isEqualTo("Кароолский айылный аймак");
		assertThat(names.en()).isEqualTo("Karool aiyl aimak");
	}

	@Test
	void renameKeepsTheFormerName() {
		SoateRow row = SoateRow.of(HEADER, List.of("41705236610010", "city_district_significance", "Исфана", "Исфана",
				"x", "Isfana", "41705236000000", "", "", "", "", "", ""));
		SoateNames names = SoateNames.of(row, "Раззаков", null);
		assertThat(names.ru()).isEqualTo("Раззаков");
		assertThat(names.en()).isEqualTo("Razzakov");
		assertThat(names.ky()).isEqualTo("Раззаков шаары");
		assertThat(names.formerRu()).isEqualTo("Исфана");
	}
}
