package kg.tereze.shared;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The tenant of the request being served, from the security context. */
public final class CurrentTenant {

	private CurrentTenant() {
	}

	public static Optional<Tenant> find() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof TenantPrincipal principal) {
			return Optional.of(principal.tenant());
		}
		return Optional.empty();
	}

	public static Tenant require() {
		return find().orElseThrow(() -> new IllegalStateException("no signed-in user"));
	}
}
