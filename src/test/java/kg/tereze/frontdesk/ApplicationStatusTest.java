package kg.tereze.frontdesk;

import kg.tereze.frontdesk.internal.Application;
import kg.tereze.frontdesk.internal.ApplicationStatus;
import kg.tereze.frontdesk.internal.Visit;
import kg.tereze.frontdesk.internal.VisitStatus;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static kg.tereze.frontdesk.internal.ApplicationStatus.ASSIGNED;
import static kg.tereze.frontdesk.internal.ApplicationStatus.HANDED_OVER;
import static kg.tereze.frontdesk.internal.ApplicationStatus.IN_PROGRESS;
import static kg.tereze.frontdesk.internal.ApplicationStatus.READY;
import static kg.tereze.frontdesk.internal.ApplicationStatus.REGISTERED;
import static kg.tereze.frontdesk.internal.ApplicationStatus.REJECTED;
import static org.assertj.core.api.Assertions.assertThat;

class ApplicationStatusTest {

	@Test
	void anApplicationGoesForwardOnly() {
		assertThat(REGISTERED.canMoveTo(ASSIGNED)).isTrue();
		assertThat(REGISTERED.canMoveTo(READY)).as("nothing is ready before someone works on it").isFalse();
		assertThat(IN_PROGRESS.canMoveTo(READY)).isTrue();
		assertThat(READY.canMoveTo(HANDED_OVER)).isTrue();
		assertThat(READY.canMoveTo(REJECTED)).as("a ready document is handed over, not refused").isFalse();
		assertThat(HANDED_OVER.next()).isEmpty();
		assertThat(REJECTED.next()).isEmpty();
		assertThat(ASSIGNED.canMoveTo(ASSIGNED)).as("reassigning").isTrue();
	}

	@Test
	void onlyWorkInHandIsOverdue() {
		LocalDate due = LocalDate.of(2026, 11, 20);
		LocalDate later = LocalDate.of(2026, 11, 23);
		assertThat(application(IN_PROGRESS, due).overdue(later)).isTrue();
		assertThat(application(IN_PROGRESS, due).overdue(due)).as("the deadline day itself is still in time").isFalse();
		assertThat(application(READY, due).overdue(later)).isFalse();
		assertThat(application(REJECTED, due).overdue(later)).isFalse();
	}

	@Test
	void aVisitIsMeasuredFromArrival() {
		Instant arrived = Instant.parse("2026-11-24T03:00:00Z");
		Visit served = new Visit(1, 1, LocalDate.of(2026, 11, 24), "A-001", 1, null, arrived, arrived.plusSeconds(300),
				arrived.plusSeconds(420), 7L, VisitStatus.SERVED, "KAR-2026-000001");
		assertThat(served.minutesWaited(arrived.plusSeconds(9999))).isEqualTo(7);
		Visit waiting = new Visit(2, 1, LocalDate.of(2026, 11, 24), "A-002", 1, null, arrived, null, null, null,
				VisitStatus.WAITING, null);
		assertThat(waiting.minutesWaited(arrived.plusSeconds(600))).isEqualTo(10);
	}

	private static Application application(ApplicationStatus status, LocalDate due) {
		return new Application(1, 1, "KAR-Z-2026-000001", 1, null, "A", null, null, "", status, null, null,
				Instant.parse("2026-11-10T03:00:00Z"), 1, due, null, null, null);
	}
}
