package kg.tereze.appeals;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import kg.tereze.support.Api;
import kg.tereze.support.RunningApplication;
import kg.tereze.support.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator issues an Open311 client its key and withdraws it; the key works only in between. */
@RunningApplication
class Open311KeysIT {

	static final String KAROOL = "41706255832000";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api admin() {
		return new Api(port, Api.demoToken("karool.admin"));
	}

	int postReport(String key) {
		String form = "jurisdiction_id=" + KAROOL + "&api_key=" + URLEncoder.encode(key, StandardCharsets.UTF_8)
				+ "&service_code=road&address_string=" + URLEncoder.encode("Кароол, Ленин 5", StandardCharsets.UTF_8)
				+ "&description=" + URLEncoder.encode("Жолдо чуңкур", StandardCharsets.UTF_8);
		try {
			return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/open311/v2/requests.json"))
				.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
					HttpResponse.BodyHandlers.ofString()).statusCode();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void aKeyWorksFromItsIssueUntilItIsWithdrawn() {
		Api.Reply issued = admin().post("/api/v1/appeals/open311-keys", "{\"name\": \"Karool city app\"}");
		assertThat(issued.status()).isEqualTo(201);
		String secret = issued.json().get("secret").asString();
		long id = issued.json().get("key").get("id").asLong();
		assertThat(secret).startsWith("o311-").hasSize(53);
		assertThat(jdbc.sql("select key_hash from appeals_api_key where id = ?").param(id).query(String.class).single())
			.doesNotContain(secret);
		assertThat(postReport(secret)).isEqualTo(201);
		assertThat(admin().get("/api/v1/appeals/open311-keys").body()).contains("Karool city app").doesNotContain(secret);

		assertThat(admin().post("/api/v1/appeals/open311-keys/" + id + "/revoke", "").status()).isEqualTo(204);
		assertThat(postReport(secret)).isEqualTo(403);
		assertThat(postReport("demo-open311-key")).isEqualTo(201);
		assertThat(admin().post("/api/v1/appeals/open311-keys/" + id + "/revoke", "").status()).isEqualTo(404);
	}

	@Test
	void badNamesAndOtherPeopleChangeNothing() {
		long before = jdbc.sql("select count(*) from appeals_api_key").query(Long.class).single();
		assertThat(admin().post("/api/v1/appeals/open311-keys", "{\"name\": \"  \"}").body()).contains("name");
		assertThat(admin().post("/api/v1/appeals/open311-keys", "{\"name\": \"" + "x".repeat(201) + "\"}").status()).isEqualTo(400);
		assertThat(admin().post("/api/v1/appeals/open311-keys", "{\"name\": ").status()).isEqualTo(400);
		assertThat(new Api(port, Api.demoToken("karool.head")).post("/api/v1/appeals/open311-keys", "{\"name\": \"x\"}").status())
			.isEqualTo(403);
		assertThat(new Api(port, Api.demoToken("karool.head")).get("/api/v1/appeals/open311-keys").status()).isEqualTo(200);
		assertThat(new Api(port, Api.demoToken("karool.clerk")).get("/api/v1/appeals/open311-keys").status()).isEqualTo(403);
		long demoKey = jdbc.sql("select k.id from appeals_api_key k join municipality m on m.id = k.municipality_id where m.code = 'KAR' order by k.id limit 1")
			.query(Long.class).single();
		Api razzakov = new Api(port, Api.demoToken("razzakov.admin"));
		assertThat(razzakov.get("/api/v1/appeals/open311-keys").body()).doesNotContain("Demo Open311 client");
		assertThat(razzakov.post("/api/v1/appeals/open311-keys/" + demoKey + "/revoke", "").status()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from appeals_api_key").query(Long.class).single()).isEqualTo(before);
		assertThat(postReport("demo-open311-key")).isEqualTo(201);
	}

	@Test
	void thePageShowsTheKeyOnceAndKeepsATypedName() {
		WebSession web = WebSession.signedIn(port, "karool.admin", "demo");
		assertThat(web.get("/appeals/open311-keys").body()).contains("Demo Open311 client", KAROOL);
		var refused = web.post("/appeals/open311-keys", Map.of("name", "x".repeat(201)));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"key-error\"", "x".repeat(201));
		var made = web.post("/appeals/open311-keys", Map.of("name", "Partner site"));
		assertThat(made.statusCode()).isEqualTo(200);
		assertThat(made.body()).contains("id=\"key-secret\">o311-");
		assertThat(WebSession.signedIn(port, "karool.clerk", "demo").get("/appeals/open311-keys").statusCode()).isEqualTo(403);
	}
}
