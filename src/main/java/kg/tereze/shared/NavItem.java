package kg.tereze.shared;

import java.util.Set;

/**
 * A link in the main navigation, contributed by the module that owns the page. Shown to users who
 * have at least one of the roles (an empty set means every signed-in user).
 */
public record NavItem(String messageKey, String path, Set<String> roles, int order) {

	public boolean visibleTo(Tenant tenant) {
		return roles.isEmpty() || roles.stream().anyMatch(tenant::hasRole);
	}
}
