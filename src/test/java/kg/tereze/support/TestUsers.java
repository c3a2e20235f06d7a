package kg.tereze.support;

import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Creates a fresh user through the API of a demo administrator, so that tests never share state with each other or a rerun. */
public final class TestUsers {

	public static final String PASSWORD = "Test-password-1";

	private TestUsers() {
	}

	public record Created(long id, String username) {
	}

	public static Created create(int port, String adminUsername, String role) {
		String username = "t" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36) + "." + role.toLowerCase();
		Api.Reply reply = new Api(port, Api.demoToken(adminUsername)).post("/api/v1/users", """
				{"username": "%s", "fullName": "Тест Тестов", "password": "%s", "roles": ["%s"], "language": "ru"}"""
			.formatted(username, PASSWORD, role));
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return new Created(reply.json().get("id").asLong(), username);
	}
}
