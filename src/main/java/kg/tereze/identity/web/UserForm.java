package kg.tereze.identity.web;

import java.util.EnumSet;
import java.util.Set;

import kg.tereze.identity.NewStaffUser;
import kg.tereze.identity.Role;

/** What the user form holds, kept as typed so that an error shows the form filled in. */
class UserForm {

	private Long municipalityId;

	private Long enterpriseId;

	private String username;

	private String fullName;

	private String password;

	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private String language = "ky";

	private boolean enabled = true;

	NewStaffUser toNewUser() {
		return new NewStaffUser(municipalityId, enterpriseId, username, fullName, password, roles, language);
	}

	public Long getMunicipalityId() { return municipalityId; }
	public void setMunicipalityId(Long municipalityId) { this.municipalityId = municipalityId; }
	public Long getEnterpriseId() { return enterpriseId; }
	public void setEnterpriseId(Long enterpriseId) { this.enterpriseId = enterpriseId; }
	public String getUsername() { return username; }
	public void setUsername(String username) { this.username = username; }
	public String getFullName() { return fullName; }
	public void setFullName(String fullName) { this.fullName = fullName; }
	public String getPassword() { return password; }
	public void setPassword(String password) { this.password = password; }
	public Set<Role> getRoles() { return roles; }
	public void setRoles(Set<Role> roles) { this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles; }
	public String getLanguage() { return language; }
	public void setLanguage(String language) { this.language = language; }
	public boolean isEnabled() { return enabled; }
	public void setEnabled(boolean enabled) { this.enabled = enabled; }
}
