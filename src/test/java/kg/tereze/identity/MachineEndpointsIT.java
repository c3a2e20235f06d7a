package kg.tereze.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kg.tereze.shared.MachineEndpoint;
import kg.tereze.support.RunningApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chain for machine clients denies by default: every handler under its paths is declared with how
 * it authenticates, and a request to anything not declared is refused before a handler sees it.
 */
@RunningApplication
class MachineEndpointsIT {

	@LocalServerPort
	int port;

	@Autowired
	List<MachineEndpoint> declared;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	final HttpClient client = HttpClient.newHttpClient();

	int status(String method, String path) throws Exception {
		HttpRequest r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, HttpRequest.BodyPublishers.noBody()).build();
		return client.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	@Test
	void everyHandlerUnderTheMachinePathsIsDeclaredWithItsAuthentication() {
		AntPathMatcher ant = new AntPathMatcher();
		List<String> undeclared = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
			for (String pattern : e.getKey().getPatternValues()) {
				boolean machine = java.util.Arrays.stream(MachineEndpoint.PATHS).anyMatch(p -> ant.match(p, pattern));
				if (!machine) {
					continue;
				}
				for (RequestMethod m : e.getKey().getMethodsCondition().getMethods()) {
					if (declared.stream().noneMatch(d -> d.method().equals(m.name()) && d.pattern().equals(pattern))) {
						undeclared.add(m + " " + pattern);
					}
				}
			}
		}
		assertThat(undeclared).as("handlers under the machine paths without a MachineEndpoint bean").isEmpty();
		assertThat(declared).hasSizeGreaterThanOrEqualTo(12);
	}

	@Test
	void whatIsNotDeclaredIsRefusedAndWhatIsDeclaredAnswersByItsOwnRules() throws Exception {
		assertThat(status("GET", "/webhooks/unknown")).isEqualTo(403);
		assertThat(status("DELETE", "/webhooks/whatsapp")).isEqualTo(403);
		assertThat(status("GET", "/api/agents/other")).isEqualTo(403);
		assertThat(status("PUT", "/api/v1/payments")).isEqualTo(403);
		assertThat(status("GET", "/open311/v2/discovery.json")).isEqualTo(403);
		// declared: each refuses a caller without its credentials in its own way
		assertThat(status("POST", "/webhooks/whatsapp")).isEqualTo(401);
		assertThat(status("GET", "/api/agents/osmp")).isEqualTo(401);
		assertThat(status("GET", "/open311/v2/services.json")).isNotEqualTo(403);
	}
}
