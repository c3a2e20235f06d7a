package kg.tereze.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LatinTest {

	@Test
	void spellsKyrgyzLetters() {
		assertThat(Latin.of("Раззаков")).isEqualTo("Razzakov");
		assertThat(Latin.of("Өзгөн")).isEqualTo("Ozgon");
		assertThat(Latin.of("Жаңы-Жол")).isEqualTo("Jangy-Jol");
		assertThat(Latin.of("Үч-Коргон")).isEqualTo("Uch-Korgon");
		assertThat(Latin.of("Азамат уулу")).isEqualTo("Azamat uulu");
	}
}
