package kg.tereze.frontdesk.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * How the window served people over some days: visitors served and gone, the median and 90th
 * percentile time from arrival to service, by clerk, by service and by day; applications overdue now.
 */
public record ServeFigures(LocalDate from, LocalDate to, long served, long left, long waitingNow, Duration median,
		Duration p90, long overdueApplications, List<Group> byClerk, List<Group> byService, List<Day> days) {

	/** Figures of one clerk or one service ({@code id}). */
	public record Group(long id, long served, Duration median, Duration p90) {
	}

	public record Day(LocalDate day, long served, Duration median) {
	}
}
