package kg.tereze.shared;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

	@Test
	void datesAreDayMonthYearInBishkek() {
		assertThat(Formats.date(LocalDate.of(2026, 3, 8))).isEqualTo("08.03.2026");
		// 20:30 UTC is already the next day in Bishkek (UTC+6)
		assertThat(Formats.date(Instant.parse("2026-12-31T20:30:00Z"))).isEqualTo("01.01.2027");
		assertThat(Formats.dateTime(Instant.parse("2026-11-23T04:05:00Z"))).isEqualTo("23.11.2026 10:05");
	}

	@Test
	void quantitiesAreWrittenWithADecimalCommaAndNoTrailingZeros() {
		assertThat(Formats.quantity(new java.math.BigDecimal("112.500"))).isEqualTo("112,5");
		assertThat(Formats.quantity(new java.math.BigDecimal("10.000"))).isEqualTo("10");
		assertThat(Formats.quantity(new java.math.BigDecimal("-11.563"))).isEqualTo("-11,563");
		assertThat(Formats.quantity(new java.math.BigDecimal("1234.5")).replaceAll("\\D", "")).isEqualTo("12345");
		assertThat(Formats.quantity(new java.math.BigDecimal("1234.5"))).endsWith(",5").startsWith("1");
		assertThat(Formats.quantity(null)).isEmpty();
	}

	@Test
	void nothingPrintsAsEmpty() {
		assertThat(Formats.date((Instant) null)).isEmpty();
		assertThat(Formats.money(null)).isEmpty();
	}
}
