package kg.tereze.registry.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BulkRowsTest {

	@Test
	void typedValuesCannotBreakTheCopyFormat() {
		assertThat(BulkRows.esc(null)).isEqualTo("\\N");
		assertThat(BulkRows.esc("a\tb\nc\\d\re")).isEqualTo("a\\tb\\nc\\\\d\\re");
		assertThat(BulkRows.esc("Жибек Жолу")).isEqualTo("Жибек Жолу");
	}

	@Test
	void patronymicsFollowRussianSpelling() {
		assertThat(NamePool.patronymic("Асан", true)).isEqualTo("Асанович");
		assertThat(NamePool.patronymic("Асан", false)).isEqualTo("Асановна");
		assertThat(NamePool.patronymic("Кубаныч", false)).isEqualTo("Кубанычевна");
		assertThat(NamePool.patronymic("Жумабай", true)).isEqualTo("Жумабаевич");
	}

	@Test
	void benchmarkMunicipalitiesGetDistinctCodes() {
		assertThat(BenchmarkData.code(0)).isEqualTo("BNA");
		assertThat(BenchmarkData.code(25)).isEqualTo("BNZ");
		assertThat(BenchmarkData.code(26)).isEqualTo("BNAA");
		assertThat(java.util.stream.IntStream.range(0, 600).mapToObj(BenchmarkData::code).distinct().count()).isEqualTo(600);
	}
}
