package kg.tereze.appeals;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportStatusTest {

	@Test
	void aReportMovesForwardOnlyAlongItsSteps() {
		assertThat(ReportStatus.NEW.canBecome(ReportStatus.ASSIGNED)).isTrue();
		assertThat(ReportStatus.NEW.canBecome(ReportStatus.RESOLVED)).isFalse();
		assertThat(ReportStatus.IN_PROGRESS.canBecome(ReportStatus.RESOLVED)).isTrue();
		assertThat(ReportStatus.RESOLVED.canBecome(ReportStatus.IN_PROGRESS)).isFalse();
		assertThat(ReportStatus.RESOLVED.canBecome(ReportStatus.CLOSED)).isTrue();
		assertThat(ReportStatus.CLOSED.next()).isEmpty();
		assertThat(ReportStatus.ASSIGNED.open311()).isEqualTo("open");
		assertThat(ReportStatus.REJECTED.open311()).isEqualTo("closed");
	}

	@Test
	void aFinishedReportReopensOnlyWithinFiveDaysOfItsResolution() {
		Instant resolved = Instant.parse("2026-11-10T06:00:00Z");
		assertThat(ReportStatus.RESOLVED.canReopen(resolved, resolved.plus(Duration.ofDays(4)))).isTrue();
		assertThat(ReportStatus.CLOSED.canReopen(resolved, resolved.plus(Duration.ofDays(4)))).isTrue();
		assertThat(ReportStatus.REJECTED.canReopen(resolved, resolved.plus(Duration.ofDays(5)))).isFalse();
		assertThat(ReportStatus.IN_PROGRESS.canReopen(resolved, resolved)).isFalse();
		assertThat(ReportStatus.CLOSED.canReopen(null, resolved)).isFalse();
	}
}
