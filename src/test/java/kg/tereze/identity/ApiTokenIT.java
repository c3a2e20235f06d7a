package kg.tereze.identity;

import java.util.Map;

import kg.tereze.support.Api;
import kg.tereze.support.RunningApplication;
import kg.tereze.support.TestUsers;
import kg.tereze.support.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@RunningApplication
class ApiTokenIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void demoTokenIdentifiesItsUser() {
		Api.Reply me = new Api(port, Api.demoToken("razzakov.clerk")).get("/api/v1/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("username").asString()).isEqualTo("razzakov.clerk");
	}

	@Test
	void noTokenOrAWrongOneIsUnauthorizedAsProblemDetails() {
		Api.Reply none = new Api(port, null).get("/api/v1/me");
		Api.Reply wrong = new Api(port, "trz_not-a-token").get("/api/v1/me");
		for (Api.Reply reply : new Api.Reply[] { none, wrong }) {
			assertThat(reply.status()).isEqualTo(401);
			assertThat(reply.contentType()).startsWith("application/problem+json");
			assertThat(reply.json().get("status").asInt()).isEqualTo(401);
		}
	}

	@Test
	void aTokenCreatedThroughTheApiWorksUntilRevoked() {
		TestUsers.Created user = TestUsers.create(port, "karool.admin", "CLERK");
		Api admin = new Api(port, Api.demoToken("karool.admin"));
		String secret = tokenMadeOnTheProfilePage(user);
		assertThat(jdbc.sql("select count(*) from api_token where token_hash = ?").param(secret).query(Long.class).single())
			.as("the secret itself is never stored").isZero();

		Api script = new Api(port, secret);
		assertThat(script.get("/api/v1/me").json().get("username").asString()).isEqualTo(user.username());

		long id = script.get("/api/v1/tokens").json().get(0).get("id").asLong();
		assertThat(admin.delete("/api/v1/tokens/" + id).status()).as("another user's token").isEqualTo(404);
		assertThat(script.delete("/api/v1/tokens/" + id).status()).isEqualTo(204);
		assertThat(script.get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void aTokenIsMadeAndRevokedThroughTheApi() {
		Api head = new Api(port, Api.demoToken("karool.head"));
		Api.Reply created = head.post("/api/v1/tokens", "{\"name\": \"report script\"}");
		assertThat(created.status()).isEqualTo(201);
		String secret = created.json().get("secret").asString();
		Api script = new Api(port, secret);
		assertThat(script.get("/api/v1/me").status()).isEqualTo(200);
		assertThat(script.delete("/api/v1/tokens/" + created.json().get("token").get("id").asLong()).status()).isEqualTo(204);
		assertThat(script.get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void aTokenOfADisabledUserStopsWorking() {
		TestUsers.Created user = TestUsers.create(port, "karool.admin", "HEAD");
		Api admin = new Api(port, Api.demoToken("karool.admin"));
		String secret = tokenMadeOnTheProfilePage(user);
		assertThat(new Api(port, secret).get("/api/v1/me").status()).isEqualTo(200);
		assertThat(admin.put("/api/v1/users/" + user.id(), "{\"fullName\": \"Тест\", \"roles\": [\"HEAD\"], \"enabled\": false}").status())
			.isEqualTo(200);
		assertThat(new Api(port, secret).get("/api/v1/me").status()).isEqualTo(401);
	}

	/** The user signs in, creates a token on the profile page and reads the secret shown once. */
	private String tokenMadeOnTheProfilePage(TestUsers.Created user) {
		WebSession web = WebSession.signedIn(port, user.username(), TestUsers.PASSWORD);
		web.get("/profile");
		assertThat(web.post("/profile/tokens", Map.of("name", "script")).statusCode()).isEqualTo(302);
		String secret = web.get("/profile").body().replaceAll("(?s).*<div class=\"tz-secret\">([^<]+)</div>.*", "$1");
		assertThat(secret).startsWith("trz_");
		return secret;
	}
}
