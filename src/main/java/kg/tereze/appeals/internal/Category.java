package kg.tereze.appeals.internal;

import java.time.Duration;

import kg.tereze.shared.LocalizedName;

/**
 * A kind of problem (flood, no water, …) with the time the municipality gives itself to resolve it.
 * {@code code} is Open311's service code; {@code role}, when set, may work on its reports too.
 */
public record Category(long id, long municipalityId, String code, LocalizedName name, int slaHours, String role,
		boolean active) {

	public Duration sla() {
		return Duration.ofHours(slaHours);
	}
}
