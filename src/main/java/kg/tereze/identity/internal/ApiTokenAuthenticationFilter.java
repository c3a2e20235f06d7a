package kg.tereze.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on the API. A header with a wrong, revoked or malformed
 * token is answered 401 at once; without the header the request goes on and is refused later if the
 * endpoint needs a user. Not a bean, so that the servlet container does not register it a second time.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private final ApiTokenRepository tokens;

	private final StaffUserDetailsService users;

	private final ProblemWriter problems;

	private final Clock clock;

	private final TokenPrincipalCache cache;

	ApiTokenAuthenticationFilter(ApiTokenRepository tokens, StaffUserDetailsService users, ProblemWriter problems, Clock clock,
			TokenPrincipalCache cache) {
		this.cache = cache;
		this.tokens = tokens;
		this.users = users;
		this.problems = problems;
		this.clock = clock;
	}

	private Optional<SignedInUser> principal(String hash) {
		Optional<SignedInUser> cached = cache.get(hash);
		if (cached.isPresent()) {
			return cached;
		}
		Optional<SignedInUser> loaded = tokens.userOf(hash, clock.instant()).flatMap(users::loadById).filter(SignedInUser::isEnabled);
		loaded.ifPresent(u -> cache.put(hash, u));
		return loaded;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		String token = header.substring(7).trim();
		Optional<SignedInUser> user = token.isEmpty() || token.length() > 200 ? Optional.empty() : principal(TokenHash.of(token));
		if (user.isEmpty()) {
			problems.write(request, response, 401, "identity.error.token");
			return;
		}
		var authentication = UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
