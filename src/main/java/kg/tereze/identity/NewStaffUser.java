package kg.tereze.identity;

import java.util.Set;

/** What an administrator types to create a user. */
public record NewStaffUser(Long municipalityId, Long enterpriseId, String username, String fullName, String password,
		Set<Role> roles, String language) {
}
