package kg.tereze.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import kg.tereze.documents.internal.Assignment;
import kg.tereze.documents.internal.Control;
import kg.tereze.shared.Formats;
import kg.tereze.shared.Tenant;

import org.springframework.stereotype.Service;

/**
 * What a staff member has to answer, for the page everybody opens first (the reminder in the
 * application): how many assignments are open and how many of them are past their deadline.
 */
@Service
public class Assignments {

	/** The user's open assignments, and those of them overdue today. */
	public record Waiting(int open, int overdue) {
	}

	private final Control control;

	private final Clock clock;

	Assignments(Control control, Clock clock) {
		this.control = control;
		this.clock = clock;
	}

	public Waiting waiting(Tenant t) {
		if (t.municipalityId() == null) {
			return new Waiting(0, 0);
		}
		LocalDate today = LocalDate.now(clock.withZone(Formats.BISHKEK));
		List<Assignment> mine = control.mine(t);
		return new Waiting(mine.size(), (int) mine.stream().filter(a -> a.overdue(today)).count());
	}
}
