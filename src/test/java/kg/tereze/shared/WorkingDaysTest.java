package kg.tereze.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTest {

	@Test
	void weekendsDoNotCount() {
		LocalDate friday = LocalDate.of(2026, 11, 20);
		assertThat(WorkingDays.after(friday, 1)).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(WorkingDays.after(friday, 5)).isEqualTo(LocalDate.of(2026, 11, 27));
	}

	@Test
	void zeroDaysIsTheSameDay() {
		LocalDate saturday = LocalDate.of(2026, 11, 21);
		assertThat(WorkingDays.after(saturday, 0)).isEqualTo(saturday);
	}

	@Test
	void publicHolidaysDoNotCount() {
		assertThat(WorkingDays.after(LocalDate.of(2026, 3, 20), 1)).as("Nooruz, 21 March, is a Saturday in 2026")
			.isEqualTo(LocalDate.of(2026, 3, 23));
		assertThat(WorkingDays.after(LocalDate.of(2026, 8, 28), 1)).as("Independence Day, 31 August, a Monday")
			.isEqualTo(LocalDate.of(2026, 9, 1));
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
	}

	@Test
	void aMonthOfWorkingDaysSpansAboutSixWeeks() {
		LocalDate start = LocalDate.of(2026, 11, 24);
		LocalDate due = WorkingDays.after(start, 30);
		assertThat(due).isAfter(start.plusDays(40)).isBefore(start.plusDays(45));
	}
}
