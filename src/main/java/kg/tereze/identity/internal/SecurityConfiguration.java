package kg.tereze.identity.internal;

import java.time.Clock;
import java.util.List;

import kg.tereze.shared.MachineEndpoint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Two chains: the API (stateless, Bearer tokens, no CSRF because no cookies are used) and the staff
 * web (form login, database sessions, CSRF on every form).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] PUBLIC_PAGES = { "/login", "/webjars/**", "/css/**", "/img/**", "/js/**", "/favicon.ico",
			"/error", "/error/**", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
			"/swagger-ui/**", "/swagger-ui.html", "/verify", "/verify/**", "/public/**", "/setup" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Machine channels with a protocol of their own (payment terminals, messenger webhooks): each authenticates its
	 * clients itself, by the protocol's rules, and answers in the protocol's format.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain channelChain(HttpSecurity http, List<MachineEndpoint> endpoints, ProblemWriter problems)
			throws Exception {
		// Only the firewall, the security headers and the list of declared endpoints are left: these requests
		// carry no session, no login and no authorities, and the filters that handle those cost the busiest
		// endpoints a third of their time. Each declared endpoint authenticates its caller itself.
		http.securityMatcher(MachineEndpoint.PATHS)
			.addFilterBefore(new DeclaredEndpointsOnly(endpoints, problems), org.springframework.security.web.header.HeaderWriterFilter.class)
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.disable())
			.securityContext(c -> c.disable())
			.requestCache(cache -> cache.disable())
			.anonymous(a -> a.disable())
			.logout(l -> l.disable())
			.servletApi(a -> a.disable())
			.exceptionHandling(e -> e.disable());
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokenRepository tokens, StaffUserDetailsService users,
			ProblemWriter problems, Clock clock, TokenPrincipalCache principals) throws Exception {
		http.securityMatcher("/api/**", "/actuator/prometheus")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new ApiTokenAuthenticationFilter(tokens, users, problems, clock, principals), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/prometheus").hasRole("SYSTEM_ADMIN")
				.anyRequest().authenticated())
			.exceptionHandling(e -> e
				.authenticationEntryPoint((req, res, ex) -> problems.write(req, res, 401, "identity.error.token"))
				.accessDeniedHandler((req, res, ex) -> problems.write(req, res, 403, "web.problem.forbidden")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, StaffUserRepository users) throws Exception {
		var success = new LanguageRememberingSuccessHandler(users);
		success.setDefaultTargetUrl("/");
		http.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_PAGES).permitAll().anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").successHandler(success).failureUrl("/login?error").permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'"))
				.frameOptions(frame -> frame.deny()));
		return http.build();
	}
}
