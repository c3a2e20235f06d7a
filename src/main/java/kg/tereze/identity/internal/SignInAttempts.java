package kg.tereze.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import kg.tereze.audit.AuditAction;
import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins: after {@value #LIMIT} in a row the account is locked for 15 minutes.
 * Every sign-in, failed or not, goes into the audit trail.
 */
@Component
class SignInAttempts {

	static final int LIMIT = 5;

	static final Duration LOCK = Duration.ofMinutes(15);

	private final StaffUserRepository users;

	private final AuditTrail audit;

	private final Clock clock;

	SignInAttempts(StaffUserRepository users, AuditTrail audit, Clock clock) {
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void onFailure(AbstractAuthenticationFailureEvent event) {
		String username = String.valueOf(event.getAuthentication().getPrincipal()).trim().toLowerCase();
		if (username.length() > 64) {
			username = username.substring(0, 64);
		}
		var user = users.findByUsername(username);
		Long municipality = user.map(u -> u.municipalityId()).orElse(null);
		Long userId = user.map(u -> u.id()).orElse(null);
		audit.record(new AuditRecord(AuditAction.SIGN_IN_FAILED, "session", null, municipality, null,
				java.util.Map.of("reason", event.getException().getClass().getSimpleName())), userId, username);
		if (event instanceof AuthenticationFailureBadCredentialsEvent && user.isPresent()) {
			Instant until = clock.instant().plus(LOCK);
			if (users.countFailure(username, LIMIT, until)) {
				audit.record(new AuditRecord(AuditAction.LOCK, "staff_user", String.valueOf(userId), municipality, null,
						java.util.Map.of("lockedUntil", until.toString())), userId, username);
			}
		}
	}

	@EventListener
	@Transactional
	public void onSuccess(InteractiveAuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
			users.resetFailures(user.getUsername());
			audit.record(new AuditRecord(AuditAction.SIGN_IN, "session", null, user.tenant().municipalityId(), null, null),
					user.tenant().userId(), user.getUsername());
		}
	}

	@EventListener
	@Transactional
	public void onSignOut(LogoutSuccessEvent event) {
		if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
			audit.record(new AuditRecord(AuditAction.SIGN_OUT, "session", null, user.tenant().municipalityId(), null, null),
					user.tenant().userId(), user.getUsername());
		}
	}
}
