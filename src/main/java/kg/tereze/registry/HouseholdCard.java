package kg.tereze.registry;

import java.time.LocalDate;
import java.util.List;

import kg.tereze.municipality.Village;

/**
 * A household as it was on {@code asOf}: the members then, the land held then, the livestock count
 * in force then and the counts of the years before ({@code livestockYears}, newest first).
 */
public record HouseholdCard(HouseholdInfo household, Village village, LocalDate asOf, List<Member> members,
		List<LandPlot> land, LivestockCount livestock, List<LivestockCount> livestockYears, List<RegistryEvent> history) {

	public Member head() {
		return members.stream().filter(m -> m.relation() == Relation.HEAD).findFirst().orElse(null);
	}
}
