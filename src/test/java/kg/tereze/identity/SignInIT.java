package kg.tereze.identity;

import java.net.http.HttpResponse;
import java.util.Map;

import kg.tereze.support.RunningApplication;
import kg.tereze.support.TestUsers;
import kg.tereze.support.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@RunningApplication
class SignInIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void demoClerkSignsInAndSeesTheHomePage() {
		WebSession session = WebSession.signedIn(port, "karool.clerk", "demo");
		HttpResponse<String> home = session.get("/?lang=en");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Welcome, Айгерим Садыкова").contains("Single-window specialist");
	}

	@Test
	void theSessionLivesInTheDatabase() {
		WebSession.signedIn(port, "karool.head", "demo");
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'karool.head'").query(Long.class).single())
			.isPositive();
	}

	@Test
	void wrongPasswordAndUnknownUserGetTheSameAnswer() {
		HttpResponse<String> wrongPassword = new WebSession(port).signIn("karool.clerk", "nope");
		HttpResponse<String> unknownUser = new WebSession(port).signIn("nobody.here", "nope");
		assertThat(wrongPassword.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		assertThat(unknownUser.headers().firstValue("Location")).isEqualTo(wrongPassword.headers().firstValue("Location"));
	}

	@Test
	void fiveFailuresLockTheAccountUntilAnAdministratorUnlocksIt() {
		TestUsers.Created user = TestUsers.create(port, "karool.admin", "CLERK");
		for (int i = 0; i < 5; i++) {
			assertThat(location(new WebSession(port).signIn(user.username(), "wrong-password"))).endsWith("/login?error");
		}
		// the right password no longer opens it, and the answer is the same as for a wrong one
		assertThat(location(new WebSession(port).signIn(user.username(), TestUsers.PASSWORD))).endsWith("/login?error");
		assertThat(jdbc.sql("select locked_until > now() + interval '14 minutes' from staff_user where id = ?")
			.param(user.id()).query(Boolean.class).single()).isTrue();

		WebSession admin = WebSession.signedIn(port, "karool.admin", "demo");
		assertThat(admin.get("/admin/users/" + user.id()).body()).contains("/unlock");
		assertThat(admin.post("/admin/users/" + user.id() + "/unlock", Map.of()).statusCode()).isEqualTo(302);
		assertThat(location(new WebSession(port).signIn(user.username(), TestUsers.PASSWORD))).endsWith("/");
	}

	@Test
	void failuresBelowTheLimitAreForgottenAfterASuccess() {
		TestUsers.Created user = TestUsers.create(port, "karool.admin", "CLERK");
		for (int i = 0; i < 4; i++) {
			new WebSession(port).signIn(user.username(), "wrong-password");
		}
		WebSession.signedIn(port, user.username(), TestUsers.PASSWORD);
		new WebSession(port).signIn(user.username(), "wrong-password");
		WebSession.signedIn(port, user.username(), TestUsers.PASSWORD);
	}

	@Test
	void signOutEndsTheSession() {
		WebSession session = WebSession.signedIn(port, "karool.clerk", "demo");
		session.get("/");
		HttpResponse<String> out = session.post("/logout", Map.of());
		assertThat(location(out)).endsWith("/login?logout");
		assertThat(location(session.get("/profile"))).endsWith("/login");
	}

	@Test
	void aFormWithoutTheCsrfTokenIsRefused() {
		WebSession session = WebSession.signedIn(port, "karool.clerk", "demo");
		HttpResponse<String> response = session.postWithoutCsrf("/profile/tokens", Map.of("name", "sneaky"));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from api_token where name = 'sneaky'").query(Long.class).single()).isZero();
	}

	@Test
	void signInWithoutTheCsrfTokenIsRefused() {
		HttpResponse<String> response = new WebSession(port).postWithoutCsrf("/login", Map.of("username", "karool.clerk", "password", "demo"));
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void aUserChangesTheirPassword() {
		TestUsers.Created user = TestUsers.create(port, "karool.admin", "CLERK");
		WebSession session = WebSession.signedIn(port, user.username(), TestUsers.PASSWORD);
		session.get("/profile");
		HttpResponse<String> wrong = session.post("/profile/password",
				Map.of("currentPassword", "not-it", "newPassword", "Another-pass-2", "repeatPassword", "Another-pass-2"));
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("is-invalid");
		HttpResponse<String> ok = session.post("/profile/password",
				Map.of("currentPassword", TestUsers.PASSWORD, "newPassword", "Another-pass-2", "repeatPassword", "Another-pass-2"));
		assertThat(location(ok)).endsWith("/profile");
		assertThat(location(new WebSession(port).signIn(user.username(), TestUsers.PASSWORD))).endsWith("/login?error");
		WebSession.signedIn(port, user.username(), "Another-pass-2");
	}

	@Test
	void theChosenLanguageIsRememberedForTheUser() {
		TestUsers.Created user = TestUsers.create(port, "karool.admin", "CLERK");
		WebSession first = WebSession.signedIn(port, user.username(), TestUsers.PASSWORD);
		first.get("/?lang=en");
		WebSession later = WebSession.signedIn(port, user.username(), TestUsers.PASSWORD);
		assertThat(later.get("/").body()).contains("Sign out").contains("lang=\"en\"");
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("");
	}
}
