package kg.tereze.identity.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import kg.tereze.identity.Role;
import kg.tereze.identity.StaffUser;
import kg.tereze.shared.Tenant;
import kg.tereze.shared.TenantPrincipal;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal kept in the (database) session. Serializable and small: ids, names and roles only.
 * The password hash is erased after sign-in.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, TenantPrincipal, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Tenant tenant;

	private final String fullName;

	private final String language;

	private final boolean enabled;

	private final boolean locked;

	private String passwordHash;

	SignedInUser(StaffUser user, String passwordHash, boolean locked) {
		this.tenant = new Tenant(user.id(), user.username(), user.municipalityId(), user.enterpriseId(),
				user.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
		this.fullName = user.fullName();
		this.language = user.language();
		this.enabled = user.enabled();
		this.locked = locked;
		this.passwordHash = passwordHash;
	}

	@Override
	public Tenant tenant() {
		return tenant;
	}

	public String fullName() {
		return fullName;
	}

	public String language() {
		return language;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return tenant.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return tenant.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	List<String> roles() {
		return List.copyOf(tenant.roles());
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInUser u && u.tenant.userId() == tenant.userId();
	}

	@Override
	public int hashCode() {
		return Long.hashCode(tenant.userId());
	}

	@Override
	public String toString() {
		return tenant.username();
	}
}
