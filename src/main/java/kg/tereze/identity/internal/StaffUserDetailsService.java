package kg.tereze.identity.internal;

import java.time.Clock;
import java.util.Optional;

import kg.tereze.identity.StaffUser;

import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.Municipality;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads a staff user for form sign-in. A user of a deactivated municipality is treated as disabled. */
@Service
class StaffUserDetailsService implements UserDetailsService {

	private final StaffUserRepository users;

	private final Municipalities municipalities;

	private final Clock clock;

	StaffUserDetailsService(StaffUserRepository users, Municipalities municipalities, Clock clock) {
		this.users = users;
		this.municipalities = municipalities;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		String name = username == null ? "" : username.trim().toLowerCase();
		var user = users.findByUsername(name).orElseThrow(() -> new UsernameNotFoundException("unknown"));
		String hash = users.passwordHash(name).orElseThrow(() -> new UsernameNotFoundException("unknown"));
		return principal(user, hash);
	}

	/** For API tokens: the user behind a token, without a password. */
	Optional<SignedInUser> loadById(long id) {
		return users.find(id).map(user -> principal(user, null));
	}

	private SignedInUser principal(StaffUser user, String hash) {
		boolean municipalityActive = user.municipalityId() == null
				|| municipalities.find(user.municipalityId()).map(Municipality::active).orElse(false);
		var effective = municipalityActive ? user : user.disabled();
		return new SignedInUser(effective, hash, user.lockedAt(clock.instant()));
	}
}
