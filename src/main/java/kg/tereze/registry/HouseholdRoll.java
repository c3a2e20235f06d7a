package kg.tereze.registry;

import java.time.LocalDate;
import java.util.List;

import kg.tereze.registry.internal.HouseholdStore;

import org.springframework.stereotype.Service;

/**
 * The households of a municipality on a date, each with its head, address and number of members: what
 * a utility needs to open accounts and to bill per person. Holds no personal data beyond the head's
 * name, and is read by other modules only through this class.
 */
@Service
public class HouseholdRoll {

	/** One household as it was on the date asked for. */
	public record Line(long householdId, String bookNumber, long villageId, String address, String headName,
			int members) {
	}

	private final HouseholdStore households;

	HouseholdRoll(HouseholdStore households) {
		this.households = households;
	}

	public List<Line> on(long municipalityId, LocalDate date) {
		return households.roll(municipalityId, date);
	}
}
