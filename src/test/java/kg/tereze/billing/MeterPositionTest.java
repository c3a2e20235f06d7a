package kg.tereze.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

import kg.tereze.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeterPositionTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	final MeterPosition last = new MeterPosition(LocalDate.of(2026, 10, 25), new BigDecimal("120.5"));

	@Test
	void aReadingMeasuresTheUseAndTheDaysSinceTheLast() {
		MeterPosition.Step step = last.to(LocalDate.of(2026, 11, 24), new BigDecimal("128"), TODAY);
		assertThat(step.consumption()).isEqualByComparingTo("7.5");
		assertThat(step.days()).isEqualTo(30);
		assertThat(last.to(last.on(), last.value(), TODAY).consumption()).as("the same figure again").isZero();
	}

	@Test
	void aReadingBelowTheLastBeforeItInTheFutureOrOverThreeDecimalsIsRefusedNamingTheField() {
		assertThatThrownBy(() -> last.to(TODAY, new BigDecimal("120.499"), TODAY))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("value"));
		assertThatThrownBy(() -> last.to(last.on().minusDays(1), new BigDecimal("130"), TODAY))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("readOn"));
		assertThatThrownBy(() -> last.to(TODAY.plusDays(1), new BigDecimal("130"), TODAY))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("billing.error.readingFuture"));
		assertThatThrownBy(() -> last.to(TODAY, new BigDecimal("130.0001"), TODAY))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("value"));
		assertThatThrownBy(() -> last.to(TODAY, new BigDecimal("1000000000"), TODAY))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("value"));
		assertThatThrownBy(() -> last.to(TODAY, null, TODAY)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> last.to(null, BigDecimal.TEN, TODAY))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("readOn"));
	}

	@Test
	void useOverThreeTimesTheAverageDayIsUnusualButNotWithoutAnAverage() {
		BigDecimal average = new BigDecimal("0.3");
		assertThat(new MeterPosition.Step(new BigDecimal("27"), 30).unusual(average)).as("exactly three times").isFalse();
		assertThat(new MeterPosition.Step(new BigDecimal("27.001"), 30).unusual(average)).isTrue();
		assertThat(new MeterPosition.Step(new BigDecimal("1"), 0).unusual(average)).as("same day counts as one").isTrue();
		assertThat(new MeterPosition.Step(new BigDecimal("500"), 30).unusual(null)).isFalse();
		assertThat(new MeterPosition.Step(new BigDecimal("500"), 30).unusual(BigDecimal.ZERO)).isFalse();
	}

	@Test
	void aMeterNumberIsStoredInCapitalsAndOnlyWithTheCharactersPrintedOnMeters() {
		assertThat(new NewMeter(" ks-001/a ", TODAY, BigDecimal.ZERO, null).normalizedNumber()).isEqualTo("KS-001/A");
		assertThatThrownBy(() -> new NewMeter("КС-1", TODAY, BigDecimal.ZERO, null).normalizedNumber())
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> new NewMeter("-1", TODAY, BigDecimal.ZERO, null).normalizedNumber())
			.isInstanceOf(InvalidInputException.class);
	}
}
