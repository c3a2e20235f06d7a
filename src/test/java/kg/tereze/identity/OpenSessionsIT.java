package kg.tereze.identity;

import kg.tereze.support.Api;
import kg.tereze.support.RunningApplication;
import kg.tereze.support.TestUsers;
import kg.tereze.support.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A session does not outlive the rights it was given: disabling, new roles or a new password sign the user out everywhere. */
@RunningApplication
class OpenSessionsIT {

	@LocalServerPort
	int port;

	boolean signedIn(WebSession web) {
		return web.get("/profile").statusCode() == 200;
	}

	@Test
	void disablingChangingRolesOrSettingThePasswordEndsTheUsersSessions() {
		Api admin = new Api(port, Api.demoToken("karool.admin"));
		TestUsers.Created user = TestUsers.create(port, "karool.admin", "CLERK");
		String users = "/api/v1/users/" + user.id();

		WebSession first = WebSession.signedIn(port, user.username(), TestUsers.PASSWORD);
		WebSession second = WebSession.signedIn(port, user.username(), TestUsers.PASSWORD);
		assertThat(signedIn(first)).isTrue();
		// a change of name alone keeps the sessions
		assertThat(admin.put(users, "{\"fullName\": \"Тест Жаңы\", \"roles\": [\"CLERK\"], \"enabled\": true}").status()).isEqualTo(200);
		assertThat(signedIn(first)).isTrue();
		assertThat(admin.put(users, "{\"fullName\": \"Тест Жаңы\", \"roles\": [\"CLERK\", \"REGISTRAR\"], \"enabled\": true}").status())
			.isEqualTo(200);
		assertThat(signedIn(first)).isFalse();
		assertThat(signedIn(second)).isFalse();

		WebSession third = WebSession.signedIn(port, user.username(), TestUsers.PASSWORD);
		assertThat(admin.post(users + "/password", "{\"password\": \"Another-password-2\"}").status()).isEqualTo(204);
		assertThat(signedIn(third)).isFalse();

		WebSession fourth = WebSession.signedIn(port, user.username(), "Another-password-2");
		assertThat(admin.put(users, "{\"fullName\": \"Тест Жаңы\", \"roles\": [\"CLERK\"], \"enabled\": false}").status()).isEqualTo(200);
		assertThat(signedIn(fourth)).isFalse();
	}
}
