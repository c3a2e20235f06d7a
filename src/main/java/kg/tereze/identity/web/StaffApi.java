package kg.tereze.identity.web;

import java.net.URI;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kg.tereze.identity.ApiToken;
import kg.tereze.identity.ApiTokens;
import kg.tereze.identity.CreatedApiToken;
import kg.tereze.identity.NewStaffUser;
import kg.tereze.identity.Role;
import kg.tereze.identity.StaffUser;
import kg.tereze.identity.StaffUsers;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.ResultPage;
import kg.tereze.shared.Tenant;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Staff", description = "The signed-in user, staff users and personal API tokens")
class StaffApi {

	record Me(long id, String username, String fullName, Long municipalityId, Long enterpriseId, Set<Role> roles,
			String language) {
	}

	record UserChange(String fullName, Set<Role> roles, Boolean enabled) {
	}

	record PasswordReset(String password) {
	}

	record TokenRequest(String name) {
	}

	private final StaffUsers users;

	private final ApiTokens tokens;

	StaffApi(StaffUsers users, ApiTokens tokens) {
		this.users = users;
		this.tokens = tokens;
	}

	@Operation(summary = "Who the token belongs to")
	@GetMapping("/me")
	Me me() {
		Tenant me = CurrentTenant.require();
		StaffUser user = users.findByUsername(me.username()).orElseThrow();
		return new Me(user.id(), user.username(), user.fullName(), user.municipalityId(), user.enterpriseId(),
				user.roles(), user.language());
	}

	@Operation(summary = "Staff of the caller's municipality (all municipalities for a system administrator)")
	@GetMapping("/users")
	@PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM_ADMIN')")
	ResultPage<StaffUser> users(@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return users.list(CurrentTenant.require(), q, sort, !"desc".equals(dir), ResultPage.safePage(page),
				ResultPage.safeSize(size));
	}

	@Operation(summary = "Create a staff user; an administrator creates them in their own municipality")
	@PostMapping("/users")
	@PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM_ADMIN')")
	ResponseEntity<StaffUser> create(@RequestBody NewStaffUser user) {
		StaffUser created = users.create(CurrentTenant.require(), user);
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
	}

	@GetMapping("/users/{id}")
	@PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM_ADMIN')")
	StaffUser user(@PathVariable long id) {
		return users.get(CurrentTenant.require(), id);
	}

	@Operation(summary = "Change name, roles or enabled")
	@PutMapping("/users/{id}")
	@PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM_ADMIN')")
	StaffUser update(@PathVariable long id, @RequestBody UserChange change) {
		if (change.enabled() == null) {
			throw new InvalidInputException("enabled", "identity.error.enabled");
		}
		return users.update(CurrentTenant.require(), id, change.fullName(), change.roles(), change.enabled());
	}

	@PostMapping("/users/{id}/unlock")
	@PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM_ADMIN')")
	ResponseEntity<Void> unlock(@PathVariable long id) {
		users.unlock(CurrentTenant.require(), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/users/{id}/password")
	@PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM_ADMIN')")
	ResponseEntity<Void> resetPassword(@PathVariable long id, @RequestBody PasswordReset reset) {
		users.resetPassword(CurrentTenant.require(), id, reset.password());
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "The caller's own API tokens (never their secrets)")
	@GetMapping("/tokens")
	List<ApiToken> tokens() {
		return tokens.of(CurrentTenant.require());
	}

	@Operation(summary = "Create a token; the secret is in this answer only")
	@PostMapping("/tokens")
	ResponseEntity<CreatedApiToken> createToken(@RequestBody TokenRequest request) {
		CreatedApiToken created = tokens.create(CurrentTenant.require(), request.name());
		return ResponseEntity.created(URI.create("/api/v1/tokens/" + created.token().id())).body(created);
	}

	@DeleteMapping("/tokens/{id}")
	ResponseEntity<Void> revoke(@PathVariable long id) {
		tokens.revoke(CurrentTenant.require(), id);
		return ResponseEntity.noContent().build();
	}
}
