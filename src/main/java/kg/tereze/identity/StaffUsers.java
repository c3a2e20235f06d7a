package kg.tereze.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.Set;

import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.identity.internal.OpenSessions;
import kg.tereze.identity.internal.StaffUserRepository;
import kg.tereze.identity.internal.TokenPrincipalCache;
import kg.tereze.municipality.Enterprise;
import kg.tereze.municipality.Municipalities;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.ResultPage;
import kg.tereze.shared.Tenant;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff users. Every method takes the acting tenant: an administrator sees and changes only the
 * users of their own municipality; a system administrator, all of them.
 */
@Service
public class StaffUsers {

	public static final Set<String> LANGUAGES = Set.of("ky", "ru", "en");

	private final StaffUserRepository repository;

	private final Municipalities municipalities;

	private final PasswordEncoder encoder;

	private final AuditTrail audit;

	private final Clock clock;

	private final TokenPrincipalCache principals;

	private final OpenSessions sessions;

	StaffUsers(StaffUserRepository repository, Municipalities municipalities, PasswordEncoder encoder,
			AuditTrail audit, Clock clock, TokenPrincipalCache principals, OpenSessions sessions) {
		this.sessions = sessions;
		this.principals = principals;
		this.repository = repository;
		this.municipalities = municipalities;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether anybody can sign in yet: an empty database asks for its first administrators. */
	public boolean anyExists() {
		return repository.anyExists();
	}

	@Transactional
	public StaffUser create(Tenant actor, NewStaffUser user) {
		Long municipalityId = actor.isSystemAdmin() ? user.municipalityId() : actor.municipalityId();
		Set<Role> roles = checkRoles(actor, user.roles());
		boolean systemAdmin = roles.contains(Role.SYSTEM_ADMIN);
		if (systemAdmin) {
			municipalityId = null;
		}
		else if (municipalityId == null || municipalities.find(municipalityId).isEmpty()) {
			throw new InvalidInputException("municipalityId", "identity.error.municipality");
		}
		Long enterpriseId = systemAdmin ? null : checkEnterprise(municipalityId, user.enterpriseId());
		String username = user.username() == null ? "" : user.username().trim().toLowerCase();
		if (!username.matches("[a-z0-9][a-z0-9._-]{2,63}")) {
			throw new InvalidInputException("username", "identity.error.username");
		}
		String fullName = checkFullName(user.fullName());
		checkPassword("password", user.password(), username);
		String language = user.language() == null || user.language().isBlank() ? "ky" : user.language();
		if (!LANGUAGES.contains(language)) {
			throw new InvalidInputException("language", "identity.error.language");
		}
		if (repository.findByUsername(username).isPresent()) {
			throw new InvalidInputException("username", "identity.error.usernameTaken");
		}
		long id = repository.insert(municipalityId, enterpriseId, username, fullName, encoder.encode(user.password()),
				roles, language, clock.instant());
		StaffUser created = repository.find(municipalityId, id).orElseThrow();
		audit.record(AuditRecord.created("staff_user", id, municipalityId, created));
		return created;
	}

	/** A user the actor may see; another municipality's user is "not found". The view is audited. */
	@Transactional
	public StaffUser get(Tenant actor, long id) {
		StaffUser user = visible(actor, id);
		audit.record(AuditRecord.viewed("staff_user", id, user.municipalityId()));
		return user;
	}

	/** Who in the actor's municipality (and enterprise) holds the role: to assign work, such as a controller's route. */
	public List<StaffUser> withRole(Tenant actor, Role role) {
		return repository.withRole(actor.requireMunicipality(), actor.enterpriseId(), role.name());
	}

	public ResultPage<StaffUser> list(Tenant actor, String text, String sort, boolean ascending, int page, int size) {
		Long scope = actor.isSystemAdmin() ? null : actor.requireMunicipality();
		return new ResultPage<>(repository.list(scope, text, sort, ascending, page * size, size),
				repository.count(scope, text), page, size);
	}

	@Transactional
	public StaffUser update(Tenant actor, long id, String fullName, Set<Role> roles, boolean enabled) {
		StaffUser before = visible(actor, id);
		Set<Role> checked = checkRoles(actor, roles);
		if (checked.contains(Role.SYSTEM_ADMIN) != before.roles().contains(Role.SYSTEM_ADMIN)) {
			throw new InvalidInputException("roles", "identity.error.systemAdminRole");
		}
		if (id == actor.userId() && (!enabled || !checked.containsAll(adminRolesOf(before)))) {
			throw new InvalidInputException("roles", "identity.error.ownAdmin");
		}
		repository.update(id, checkFullName(fullName), checked, enabled);
		principals.evictUser(id);
		StaffUser after = repository.find(before.municipalityId(), id).orElseThrow();
		if (after.enabled() != before.enabled() || !after.roles().equals(before.roles())) {
			// the rights a session carries were given at sign-in: it must not outlive them
			sessions.end(after.username());
		}
		audit.record(AuditRecord.updated("staff_user", id, after.municipalityId(), before, after));
		return after;
	}

	@Transactional
	public void resetPassword(Tenant actor, long id, String newPassword) {
		StaffUser user = visible(actor, id);
		checkPassword("password", newPassword, user.username());
		repository.setPassword(id, encoder.encode(newPassword), clock.instant());
		repository.unlock(id);
		principals.evictUser(id);
		sessions.end(user.username());
		audit.record(AuditRecord.updated("staff_user.password", id, user.municipalityId(), null, Map.of("reset", true)));
	}

	@Transactional
	public void unlock(Tenant actor, long id) {
		StaffUser user = visible(actor, id);
		repository.unlock(id);
		audit.record(AuditRecord.updated("staff_user.lock", id, user.municipalityId(),
				Map.of("lockedUntil", String.valueOf(user.lockedUntil())), Map.of("lockedUntil", "null")));
	}

	@Transactional
	public void changeOwnPassword(Tenant me, String current, String next, String repeat) {
		String hash = repository.passwordHash(me.userId()).orElseThrow(() -> new NotFoundException("user"));
		if (current == null || !encoder.matches(current, hash)) {
			throw new InvalidInputException("currentPassword", "identity.error.currentPassword");
		}
		checkPassword("newPassword", next, me.username());
		if (!next.equals(repeat)) {
			throw new InvalidInputException("repeatPassword", "identity.error.repeatPassword");
		}
		repository.setPassword(me.userId(), encoder.encode(next), clock.instant());
		audit.record(AuditRecord.updated("staff_user.password", me.userId(), me.municipalityId(), null, Map.of("changed", true)));
	}

	@Transactional
	public void changeLanguage(long userId, String language) {
		if (LANGUAGES.contains(language)) {
			repository.setLanguage(userId, language);
		}
	}

	public Optional<StaffUser> findByUsername(String username) {
		return repository.findByUsername(username);
	}

	/** The full names of the actor's municipality's staff by id, for pages that show who did what; {@code enabledOnly} for choosing someone. */
	public java.util.Map<Long, String> names(Tenant actor, boolean enabledOnly) {
		java.util.Map<Long, String> names = new java.util.LinkedHashMap<>();
		for (StaffUser u : list(actor, null, "name", true, 0, 200).items()) {
			if (u.enabled() || !enabledOnly) {
				names.put(u.id(), u.fullName());
			}
		}
		return names;
	}

	/**
	 * The name documents print for whoever acts: a staff member's full name, or, for a machine channel
	 * that is no staff user (a payment terminal), the name it was given.
	 */
	public String displayName(Tenant t) {
		if (t.userId() <= 0) {
			return t.username();
		}
		return repository.findByUsername(t.username()).map(StaffUser::fullName).orElse(t.username());
	}

	private StaffUser visible(Tenant actor, long id) {
		return repository.find(actor.isSystemAdmin() ? null : actor.requireMunicipality(), id)
			.orElseThrow(() -> new NotFoundException("user"));
	}

	private Set<Role> checkRoles(Tenant actor, Set<Role> roles) {
		if (roles == null || roles.isEmpty()) {
			throw new InvalidInputException("roles", "identity.error.roles");
		}
		if (roles.contains(Role.SYSTEM_ADMIN) && (!actor.isSystemAdmin() || roles.size() > 1)) {
			throw new InvalidInputException("roles", "identity.error.systemAdminRole");
		}
		return Set.copyOf(EnumSet.copyOf(roles));
	}

	private static Set<Role> adminRolesOf(StaffUser user) {
		EnumSet<Role> admin = EnumSet.noneOf(Role.class);
		user.roles().stream().filter(r -> r == Role.ADMIN || r == Role.SYSTEM_ADMIN).forEach(admin::add);
		return admin;
	}

	private Long checkEnterprise(long municipalityId, Long enterpriseId) {
		if (enterpriseId == null) {
			return null;
		}
		return municipalities.enterprise(municipalityId, enterpriseId)
			.map(Enterprise::id)
			.orElseThrow(() -> new InvalidInputException("enterpriseId", "identity.error.enterprise"));
	}

	private static String checkFullName(String fullName) {
		String name = fullName == null ? "" : fullName.trim();
		if (name.isEmpty() || name.length() > 200) {
			throw new InvalidInputException("fullName", "identity.error.fullName");
		}
		return name;
	}

	private static void checkPassword(String field, String password, String username) {
		if (password == null || password.length() < 8 || password.length() > 128 || password.equalsIgnoreCase(username)) {
			throw new InvalidInputException(field, "identity.error.password");
		}
	}
}
