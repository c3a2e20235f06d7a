package kg.tereze.registry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchKeyTest {

	@Test
	void cyrillicAndLatinMeetInOneKey() {
		assertThat(SearchKey.of("Азамат")).isEqualTo(SearchKey.of("Azamat")).isEqualTo("azamat");
		assertThat(SearchKey.of("Азамат уулу")).isEqualTo(SearchKey.of("AZAMAT UULU"));
	}

	@Test
	void kyrgyzLettersFoldToWhatPeopleTypeWithoutThem() {
		assertThat(SearchKey.of("Үсөн")).isEqualTo(SearchKey.of("Усон")).isEqualTo(SearchKey.of("Uson"));
		assertThat(SearchKey.of("Жаңыл")).isEqualTo(SearchKey.of("Жаныл")).isEqualTo(SearchKey.of("Jangyl"));
		assertThat(SearchKey.of("Жылдыз")).isEqualTo(SearchKey.of("Zhyldyz"));
	}

	@Test
	void punctuationAndSpacesDoNotMatter() {
		assertThat(SearchKey.of("  Джан-Шоро ", null, "12/3")).isEqualTo("djan shoro 12 3");
	}
}
