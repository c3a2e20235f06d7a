package kg.tereze.shared;

import java.util.Set;

/**
 * Who is acting and for which municipality (and, for enterprise staff, which enterprise). Taken from
 * the signed-in user, never from a request parameter. A system administrator has no municipality.
 */
public record Tenant(long userId, String username, Long municipalityId, Long enterpriseId, Set<String> roles)
		implements java.io.Serializable {

	public boolean isSystemAdmin() {
		return roles.contains("SYSTEM_ADMIN");
	}

	public boolean hasRole(String role) {
		return roles.contains(role);
	}

	/** The municipality this user works for; system administrators have none and get an error here. */
	public long requireMunicipality() {
		if (municipalityId == null) {
			throw new NotFoundException("municipality");
		}
		return municipalityId;
	}
}
