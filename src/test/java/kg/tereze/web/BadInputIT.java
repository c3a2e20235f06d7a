package kg.tereze.web;

import java.net.http.HttpRequest;
import java.util.Map;

import kg.tereze.support.Api;
import kg.tereze.support.RunningApplication;
import kg.tereze.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Malformed requests get a clear 4xx, change nothing and never a 500. */
@RunningApplication
class BadInputIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "{", "[]", "{\"username\": 5}", "{\"roles\": [\"KING\"]}", "{\"roles\": \"CLERK\"}",
			"{\"municipalityId\": \"abc\"}", "null", "\"text\"" })
	void malformedJsonForANewUser(String body) {
		long before = users();
		Api.Reply reply = new Api(port, Api.demoToken("karool.admin")).post("/api/v1/users", body);
		assertThat(reply.status()).as(body + " → " + reply.body()).isEqualTo(400);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(users()).isEqualTo(before);
	}

	@Test
	void eachBrokenRuleNamesItsField() {
		Api admin = new Api(port, Api.demoToken("karool.admin"));
		assertThat(field(admin.post("/api/v1/users", "{\"username\": \"Bad Name\", \"fullName\": \"x\", \"password\": \"Long-enough-1\", \"roles\": [\"CLERK\"]}")))
			.isEqualTo("username");
		assertThat(field(admin.post("/api/v1/users", "{\"username\": \"ok.name\", \"fullName\": \"\", \"password\": \"Long-enough-1\", \"roles\": [\"CLERK\"]}")))
			.isEqualTo("fullName");
		assertThat(field(admin.post("/api/v1/users", "{\"username\": \"ok.name\", \"fullName\": \"x\", \"password\": \"short\", \"roles\": [\"CLERK\"]}")))
			.isEqualTo("password");
		assertThat(field(admin.post("/api/v1/users", "{\"username\": \"ok.name\", \"fullName\": \"x\", \"password\": \"Long-enough-1\", \"roles\": []}")))
			.isEqualTo("roles");
		assertThat(field(admin.post("/api/v1/users", "{\"username\": \"karool.clerk\", \"fullName\": \"x\", \"password\": \"Long-enough-1\", \"roles\": [\"CLERK\"]}")))
			.isEqualTo("username");
		assertThat(field(admin.post("/api/v1/users", "{\"username\": \"ok.name\", \"fullName\": \"x\", \"password\": \"Long-enough-1\", \"roles\": [\"CLERK\"], \"enterpriseId\": 999999}")))
			.isEqualTo("enterpriseId");
		assertThat(field(admin.post("/api/v1/municipality/enterprises", "{\"code\": \"bad code\", \"name\": {\"ky\": \"x\", \"ru\": \"x\"}, \"kind\": \"WATER\"}")))
			.isEqualTo("code");
		assertThat(field(admin.put("/api/v1/users/1", "{\"fullName\": \"x\", \"roles\": [\"CLERK\"]}"))).isEqualTo("enabled");
	}

	@Test
	void errorsSpeakTheCallersLanguage() {
		Api.Reply reply = new Api(port, Api.demoToken("karool.admin")).send(new Api(port, Api.demoToken("karool.admin"))
			.builder("/api/v1/users")
			.setHeader("Accept-Language", "ky")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"ok.name\", \"fullName\": \"x\", \"password\": \"short\", \"roles\": [\"CLERK\"]}")));
		assertThat(reply.json().get("errors").get(0).get("message").asString()).contains("Сырсөз");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/users/abc", "/api/v1/users?page=-5&size=999999", "/api/v1/audit?from=yesterday",
			"/api/v1/audit?action=EXPLODE", "/api/v1/users/99999999999999999999", "/api/v1/nothing-here", "/api/v1/me?lang=xx" })
	void oddQueriesAreNeverA500(String path) {
		Api.Reply reply = new Api(port, Api.demoToken("sysadmin")).get(path);
		assertThat(reply.status()).as(path + " → " + reply.body()).isBetween(200, 499);
	}

	@Test
	void wrongMethodAndMediaType() {
		Api admin = new Api(port, Api.demoToken("karool.admin"));
		assertThat(admin.delete("/api/v1/me").status()).isEqualTo(405);
		Api.Reply xml = admin.send(admin.builder("/api/v1/users").header("Content-Type", "application/xml")
			.POST(HttpRequest.BodyPublishers.ofString("<user/>")));
		assertThat(xml.status()).isEqualTo(415);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/users/abc", "/admin/users?page=-1&size=0&sort=drop%20table", "/audit?from=31.12.2026",
			"/audit?action=NOPE", "/no/such/page", "/admin/users/424242424242", "/?lang=../../etc" })
	void oddPagesAreNeverA500(String path) {
		var response = WebSession.signedIn(port, "karool.admin", "demo").get(path);
		assertThat(response.statusCode()).as(path).isBetween(200, 499);
	}

	@Test
	void aFormWithErrorsKeepsWhatWasTyped() {
		WebSession admin = WebSession.signedIn(port, "karool.admin", "demo");
		admin.get("/admin/users/new");
		var page = admin.post("/admin/users", Map.of("username", "Not Valid", "fullName", "Жылдыз Асанова", "password", "Long-enough-1",
				"roles", "CLERK", "language", "ru"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("value=\"Not Valid\"").contains("value=\"Жылдыз Асанова\"").contains("is-invalid");
	}

	private long users() {
		return jdbc.sql("select count(*) from staff_user").query(Long.class).single();
	}

	private static String field(Api.Reply reply) {
		assertThat(reply.status()).as(reply.body()).isEqualTo(400);
		return reply.json().get("errors").get(0).get("field").asString();
	}
}
