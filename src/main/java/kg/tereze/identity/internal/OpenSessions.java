package kg.tereze.identity.internal;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * The browser sessions of a user, found by their user name in the session store (Spring Session JDBC
 * indexes them by principal), so that a disabled user, or one whose roles or password changed, is
 * signed out everywhere at once instead of when the session would expire.
 */
@Component
public class OpenSessions {

	private final FindByIndexNameSessionRepository<?> sessions;

	OpenSessions(FindByIndexNameSessionRepository<?> sessions) {
		this.sessions = sessions;
	}

	public void end(String username) {
		sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
	}
}
