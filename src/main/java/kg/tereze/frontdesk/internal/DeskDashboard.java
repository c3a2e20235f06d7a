package kg.tereze.frontdesk.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.Tenant;

import org.springframework.stereotype.Service;

/** The head's view of the window: how many were served and how long they waited. */
@Service
public class DeskDashboard {

	/** A longer span is a report, not a dashboard. */
	public static final int MAX_DAYS = 366;

	private final FigureStore store;

	private final Clock clock;

	DeskDashboard(FigureStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	public LocalDate today() {
		return VisitorQueue.today(clock.instant());
	}

	public ServeFigures figures(Tenant t, LocalDate from, LocalDate to) {
		if (!t.hasRole("HEAD") && !t.hasRole("AUDITOR") && !t.hasRole("ADMIN")) {
			throw new NotFoundException("dashboard");
		}
		long m = t.requireMunicipality();
		LocalDate today = today();
		LocalDate end = to == null ? today : to;
		LocalDate start = from == null ? end : from;
		if (start.isAfter(end)) {
			throw new InvalidInputException("from", "frontdesk.error.period");
		}
		if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
			throw new InvalidInputException("from", "frontdesk.error.periodTooLong", MAX_DAYS);
		}
		ServeFigures.Group total = store.total(m, start, end);
		return new ServeFigures(start, end, total.served(), store.left(m, start, end), store.waiting(m, today),
				total.median(), total.p90(), store.overdueApplications(m, today), store.byClerk(m, start, end),
				store.byService(m, start, end), store.byDay(m, start, end));
	}
}
