package kg.tereze.web;

import java.util.Map;

import kg.tereze.support.Api;
import kg.tereze.support.RunningApplication;
import kg.tereze.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Without the role, a user gets nothing: 403 on pages and API, the navigation does not even show the link. */
@RunningApplication
class RolesIT {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/admin/users", "/admin/users/new", "/admin/users/export.xlsx", "/audit", "/audit/export.xlsx",
			"/sysadmin/municipalities" })
	void clerkCannotOpenAdministrationPages(String path) {
		assertThat(WebSession.signedIn(port, "karool.clerk", "demo").get(path).statusCode()).isEqualTo(403);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/users", "/api/v1/audit", "/api/v1/audit/verify", "/api/v1/municipalities", "/api/v1/soate?q=a",
			"/actuator/prometheus" })
	void clerkCannotReadAdministrationApi(String path) {
		Api.Reply reply = new Api(port, Api.demoToken("karool.clerk")).get(path);
		assertThat(reply.status()).isEqualTo(403);
		assertThat(reply.contentType()).startsWith("application/problem+json");
	}

	@Test
	void clerkCannotChangeAdministrationThroughTheApi() {
		Api clerk = new Api(port, Api.demoToken("karool.clerk"));
		assertThat(clerk.post("/api/v1/users", "{\"username\": \"x.y\", \"fullName\": \"x\", \"password\": \"12345678\", \"roles\": [\"ADMIN\"]}").status())
			.isEqualTo(403);
		assertThat(clerk.post("/api/v1/municipality/enterprises", "{\"code\": \"HACK\", \"name\": {\"ky\": \"x\", \"ru\": \"x\"}, \"kind\": \"WATER\"}").status())
			.isEqualTo(403);
		assertThat(clerk.post("/api/v1/municipalities", "{\"soateCode\": \"41702205805000\", \"code\": \"AKB\"}").status()).isEqualTo(403);
	}

	@Test
	void clerkCannotRegisterAnEnterpriseThroughTheForm() {
		WebSession clerk = WebSession.signedIn(port, "karool.clerk", "demo");
		clerk.get("/municipality");
		assertThat(clerk.post("/municipality/enterprises", Map.of("code", "HACK", "nameKy", "x", "nameRu", "x", "kind", "WATER")).statusCode())
			.isEqualTo(403);
	}

	@Test
	void auditorReadsTheTrailButCannotManageUsers() {
		Api auditor = new Api(port, Api.demoToken("karool.auditor"));
		assertThat(auditor.get("/api/v1/audit").status()).isEqualTo(200);
		assertThat(auditor.get("/api/v1/users").status()).isEqualTo(403);
	}

	@Test
	void headSeesTheTrailButCannotVerifyIt() {
		assertThat(new Api(port, Api.demoToken("karool.head")).get("/api/v1/audit/verify").status()).isEqualTo(403);
	}

	@Test
	void adminCannotActAsSystemAdministrator() {
		Api admin = new Api(port, Api.demoToken("karool.admin"));
		assertThat(admin.get("/api/v1/municipalities").status()).isEqualTo(403);
		Api.Reply reply = admin.post("/api/v1/users",
				"{\"username\": \"x%d.root\", \"fullName\": \"x\", \"password\": \"Long-enough-1\", \"roles\": [\"SYSTEM_ADMIN\"]}".formatted(System.nanoTime() % 100000));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("roles");
	}

	@Test
	void navigationShowsOnlyWhatTheRolesAllow() {
		String clerkHome = WebSession.signedIn(port, "karool.clerk", "demo").get("/").body();
		assertThat(clerkHome).doesNotContain("href=\"/admin/users\"").doesNotContain("href=\"/audit\"");
		String adminHome = WebSession.signedIn(port, "karool.admin", "demo").get("/").body();
		assertThat(adminHome).contains("href=\"/admin/users\"").contains("href=\"/audit\"").doesNotContain("/sysadmin");
	}

	@Test
	void anonymousIsSentToSignIn() {
		var response = new WebSession(port).get("/admin/users");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
	}
}
