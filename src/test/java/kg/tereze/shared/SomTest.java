package kg.tereze.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SomTest {

	@Test
	void printsAsPeopleWriteIt() {
		assertThat(Formats.money(Som.ofTyiyn(123450))).isEqualTo("1\u00a0234,50\u00a0сом");
		assertThat(Formats.money(Som.ofTyiyn(5))).isEqualTo("0,05\u00a0сом");
		assertThat(Formats.money(Som.ofTyiyn(-100_000_000))).isEqualTo("-1\u00a0000\u00a0000,00\u00a0сом");
	}

	@Test
	void parsesBothDecimalMarks() {
		assertThat(Som.parse("1 234,50")).isEqualTo(Som.ofTyiyn(123450));
		assertThat(Som.parse("14.43")).isEqualTo(Som.ofTyiyn(1443));
		assertThat(Som.parse("20")).isEqualTo(Som.of(20));
	}

	@Test
	void refusesFractionsOfATyiyn() {
		assertThatThrownBy(() -> Som.parse("1.005")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Som.parse("")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void arithmeticIsExact() {
		assertThat(Som.of(35).plus(Som.ofTyiyn(50)).minus(Som.of(10))).isEqualTo(Som.ofTyiyn(2550));
		assertThatThrownBy(() -> Som.ofTyiyn(Long.MAX_VALUE).plus(Som.ofTyiyn(1))).isInstanceOf(ArithmeticException.class);
	}
}
