package kg.tereze.shared;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * An endpoint for machine clients (payment agents, messengers, Open311 clients), declared as a bean
 * by the module that serves it, with the way it authenticates its callers. The machine security
 * chain lets through these and nothing else under its paths, so a handler added there without an
 * entry is refused, whatever it does itself.
 *
 * @param method         the HTTP method
 * @param pattern        the path, as in the handler's mapping
 * @param authentication how the handler knows its caller (for the reader; the handler checks it)
 */
public record MachineEndpoint(String method, String pattern, String authentication) {

	/** The paths the machine chain guards. */
	public static final String[] PATHS = { "/api/agents/**", "/api/v1/payments", "/webhooks/**", "/open311/**" };

	public MachineEndpoint {
		if (authentication == null || authentication.isBlank()) {
			throw new IllegalArgumentException("a machine endpoint says how it authenticates its callers");
		}
	}

	public boolean matches(String requestMethod, String path) {
		return method.equalsIgnoreCase(requestMethod) && parsed().matches(PathContainer.parsePath(path));
	}

	private PathPattern parsed() {
		return PathPatternParser.defaultInstance.parse(pattern);
	}
}
