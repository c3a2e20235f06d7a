package kg.tereze.identity.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.shared.Languages;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After sign-in: a language chosen on the sign-in page wins and is saved for the user; otherwise the
 * user's saved language is used for the session.
 */
class LanguageRememberingSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final StaffUserRepository users;

	LanguageRememberingSuccessHandler(StaffUserRepository users) {
		this.users = users;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof SignedInUser user) {
			var session = request.getSession();
			if (session.getAttribute(Languages.SESSION_ATTRIBUTE) instanceof String chosen && Languages.supported(chosen)) {
				users.setLanguage(user.tenant().userId(), chosen);
			}
			else {
				session.setAttribute(Languages.SESSION_ATTRIBUTE, user.language());
			}
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}
}
