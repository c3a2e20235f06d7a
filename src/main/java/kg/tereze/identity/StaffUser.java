package kg.tereze.identity;

import java.time.Instant;
import java.util.Set;

/** A staff member as others see them (never the password hash). */
public record StaffUser(long id, Long municipalityId, Long enterpriseId, String username, String fullName,
		Set<Role> roles, String language, boolean enabled, Instant lockedUntil, Instant createdAt) {

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	public StaffUser disabled() {
		return new StaffUser(id, municipalityId, enterpriseId, username, fullName, roles, language, false, lockedUntil,
				createdAt);
	}
}
