package kg.tereze.web.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import kg.tereze.identity.StaffUsers;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.Languages;

import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a request: the one chosen in this session (set at sign-in from the user's saved
 * choice), else the browser's if it is ky, ru or en, else Kyrgyz. A choice made with {@code ?lang=}
 * is saved for the signed-in user.
 */
class UserLocaleResolver implements LocaleResolver {

	private final StaffUsers users;

	UserLocaleResolver(StaffUsers users) {
		this.users = users;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(Languages.SESSION_ATTRIBUTE) instanceof String chosen) {
			return Locale.forLanguageTag(chosen);
		}
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(Languages.SESSION_ATTRIBUTE) instanceof String language
				&& Languages.supported(language)) {
			return Locale.forLanguageTag(language);
		}
		String header = request.getHeader("Accept-Language");
		if (header != null && !header.isBlank()) {
			try {
				for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
					String language = range.getRange().split("-")[0];
					if (Languages.supported(language)) {
						return Locale.forLanguageTag(language);
					}
				}
			}
			catch (IllegalArgumentException ignored) {
				// a malformed header is no reason to refuse the page
			}
		}
		return Locale.forLanguageTag(Languages.DEFAULT);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		if (locale == null || !Languages.supported(locale.getLanguage())) {
			return;
		}
		String language = locale.getLanguage();
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			request.setAttribute(Languages.SESSION_ATTRIBUTE, language);
			return;
		}
		request.getSession().setAttribute(Languages.SESSION_ATTRIBUTE, language);
		CurrentTenant.find().ifPresent(t -> users.changeLanguage(t.userId(), language));
	}
}
