package kg.tereze.billing.internal;

import kg.tereze.billing.UtilityService;
import java.time.LocalDate;

/**
 * An account takes a service over [startsOn, endsOn). For services per person, the number of persons
 * comes from the household register on the billing date unless {@code personsOverride} says otherwise,
 * and then {@code overrideReason} says why.
 */
public record Subscription(long id, long accountId, UtilityService service, LocalDate startsOn, LocalDate endsOn,
		Integer personsOverride, String overrideReason) {

	public boolean activeOn(LocalDate day) {
		return !day.isBefore(startsOn) && (endsOn == null || day.isBefore(endsOn));
	}
}
