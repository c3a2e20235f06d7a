package kg.tereze.web;

import kg.tereze.support.RunningApplication;
import kg.tereze.support.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** One error page for every status, in the user's language, with what to do next and the way home. */
@RunningApplication
class ErrorPagesIT {

	@LocalServerPort
	int port;

	@Test
	void eachStatusSaysWhatHappenedInTheUsersLanguage() {
		WebSession clerk = WebSession.signedIn(port, "karool.clerk", "demo");
		var missing = clerk.get("/registry/households/999999999?lang=ru");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("Страница не найдена").contains("относится к другому");
		var forbidden = clerk.get("/admin/users?lang=ru");
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(forbidden.body()).contains("Доступ запрещён").contains("Ваша роль не позволяет");
		var bad = clerk.get("/registry/households/not-a-number?lang=en");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("The request cannot be processed");
		assertThat(clerk.get("/no/such/page?lang=ky").body()).contains("href=\"/\"");
	}
}
