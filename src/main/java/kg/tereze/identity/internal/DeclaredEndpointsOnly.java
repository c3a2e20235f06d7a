package kg.tereze.identity.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.shared.MachineEndpoint;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Deny by default for machine clients: a request under the machine paths reaches a handler only if a
 * module declared that endpoint, with how it authenticates ({@link MachineEndpoint}); anything else is
 * refused with 403 before any handler sees it.
 */
class DeclaredEndpointsOnly extends OncePerRequestFilter {

	private final List<MachineEndpoint> endpoints;

	private final ProblemWriter problems;

	DeclaredEndpointsOnly(List<MachineEndpoint> endpoints, ProblemWriter problems) {
		this.endpoints = List.copyOf(endpoints);
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		for (MachineEndpoint e : endpoints) {
			if (e.matches(request.getMethod(), path)) {
				chain.doFilter(request, response);
				return;
			}
		}
		problems.write(request, response, 403, "web.problem.forbidden");
	}
}
