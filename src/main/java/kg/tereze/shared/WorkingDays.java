package kg.tereze.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * Deadlines of municipal services run in working days: weekends and the fixed public holidays of
 * Kyrgyzstan do not count. Orozo and Kurman ait move with the moon and are announced each year,
 * so they are not known here; a deadline that falls on one is a day generous.
 */
public final class WorkingDays {

	static final Set<MonthDay> HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(1, 7), MonthDay.of(2, 23),
			MonthDay.of(3, 8), MonthDay.of(3, 21), MonthDay.of(4, 7), MonthDay.of(5, 1), MonthDay.of(5, 5),
			MonthDay.of(5, 9), MonthDay.of(8, 31), MonthDay.of(11, 7), MonthDay.of(11, 8));

	private WorkingDays() {
	}

	public static boolean isWorkingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !HOLIDAYS.contains(MonthDay.from(day));
	}

	/** The day {@code days} working days after {@code from}; zero days is {@code from} itself. */
	public static LocalDate after(LocalDate from, int days) {
		LocalDate d = from;
		int left = days;
		while (left > 0) {
			d = d.plusDays(1);
			if (isWorkingDay(d)) {
				left--;
			}
		}
		return d;
	}
}
