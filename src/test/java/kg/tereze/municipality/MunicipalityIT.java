package kg.tereze.municipality;

import java.util.Map;

import kg.tereze.support.Api;
import kg.tereze.support.RunningApplication;
import kg.tereze.support.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@RunningApplication
class MunicipalityIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theWholeClassifierIsLoadedWithRenames() {
		assertThat(jdbc.sql("select count(*) from soate_unit").query(Long.class).single()).isEqualTo(2438);
		assertThat(jdbc.sql("select count(*) from soate_unit where level = 'aiyl_aimak'").query(Long.class).single()).isEqualTo(453);
		assertThat(jdbc.sql("select name_ru || '/' || former_name_ru from soate_unit where code = '41705236610010'").query(String.class).single())
			.isEqualTo("Раззаков/Исфана");
		assertThat(jdbc.sql("select name_ky from soate_unit where code = '41706255000000'").query(String.class).single())
			.isEqualTo("Өзгөн району");
	}

	@Test
	void demoMunicipalitiesHaveTheirRealVillages() {
		Api.Reply karool = new Api(port, Api.demoToken("karool.clerk")).get("/api/v1/municipality");
		assertThat(karool.body()).contains("Кароол", "Джан-Шоро", "Мырза-Арык", "Орто-Арык", "Шералы");
		Api.Reply razzakov = new Api(port, Api.demoToken("razzakov.clerk")).get("/api/v1/municipality");
		assertThat(razzakov.json().get("municipality").get("name").get("ru").asString()).isEqualTo("город Раззаков");
		assertThat(razzakov.body()).contains("Алтын-Бешик", "Чымкен", "TAZALYK");
		assertThat(razzakov.json().get("villages").size()).isEqualTo(7);
	}

	@Test
	void systemAdministratorActivatesAMunicipalityAndCreatesItsFirstAdministrator() {
		String soate = jdbc.sql("""
				select code from soate_unit u where level = 'aiyl_aimak'
				   and not exists (select 1 from municipality m where m.soate_code = u.code)
				 order by random() limit 1""").query(String.class).single();
		String code = "T" + Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase().replaceAll("[^A-Z]", "Q");
		code = code.substring(0, Math.min(8, code.length()));
		WebSession sysadmin = WebSession.signedIn(port, "sysadmin", "demo");
		assertThat(sysadmin.get("/sysadmin/municipalities?q=" + soate.substring(0, 11)).body()).contains(soate);
		var activated = sysadmin.post("/sysadmin/municipalities", Map.of("soateCode", soate, "code", code));
		assertThat(activated.statusCode()).isEqualTo(302);
		String next = activated.headers().firstValue("Location").orElseThrow();
		assertThat(next).contains("/admin/users/new?role=ADMIN&municipalityId=");
		String municipalityId = next.replaceAll(".*municipalityId=", "");
		assertThat(jdbc.sql("select count(*) from village where municipality_id = ?").param(Long.parseLong(municipalityId))
			.query(Long.class).single()).isPositive();

		sysadmin.get(next.replaceAll("^https?://[^/]+", ""));
		String username = code.toLowerCase() + ".admin";
		var created = sysadmin.post("/admin/users", Map.of("municipalityId", municipalityId, "username", username,
				"fullName", "Биринчи Администратор", "password", "First-admin-1", "roles", "ADMIN", "language", "ky"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);

		Api.Reply again = new Api(port, Api.demoToken("sysadmin")).post("/api/v1/municipalities",
				"{\"soateCode\": \"%s\", \"code\": \"ZZZ\"}".formatted(soate));
		assertThat(again.status()).isEqualTo(400);
		assertThat(again.json().get("errors").get(0).get("field").asString()).isEqualTo("soateCode");

		WebSession firstAdmin = WebSession.signedIn(port, username, "First-admin-1");
		assertThat(firstAdmin.get("/admin/users").statusCode()).isEqualTo(200);
	}

	@Test
	void activationKeepsWhatWasTypedWhenItFails() {
		WebSession sysadmin = WebSession.signedIn(port, "sysadmin", "demo");
		sysadmin.get("/sysadmin/municipalities");
		var page = sysadmin.post("/sysadmin/municipalities", Map.of("soateCode", "41706255832010", "code", "lowercase", "q", "Кароол"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("alert-danger").contains("value=\"lowercase\"");
	}

	@Test
	void deactivatedMunicipalityCannotSignIn() {
		Api sysadmin = new Api(port, Api.demoToken("sysadmin"));
		String soate = jdbc.sql("""
				select code from soate_unit u where level = 'aiyl_aimak'
				   and not exists (select 1 from municipality m where m.soate_code = u.code)
				 order by random() limit 1""").query(String.class).single();
		String code = "D" + (char) ('A' + System.nanoTime() % 26) + (char) ('A' + (System.nanoTime() / 7) % 26) + (char) ('A' + (System.nanoTime() / 13) % 26);
		Api.Reply m = sysadmin.post("/api/v1/municipalities", "{\"soateCode\": \"%s\", \"code\": \"%s\"}".formatted(soate, code));
		if (m.status() == 400) {
			return; // a random code taken by an earlier run; the activation itself is tested above
		}
		long id = m.json().get("id").asLong();
		String username = code.toLowerCase() + ".clerk" + id;
		assertThat(sysadmin.post("/api/v1/users", """
				{"municipalityId": %d, "username": "%s", "fullName": "X", "password": "Long-enough-1", "roles": ["CLERK"]}"""
			.formatted(id, username)).status()).isEqualTo(201);
		WebSession.signedIn(port, username, "Long-enough-1");
		WebSession admin = WebSession.signedIn(port, "sysadmin", "demo");
		admin.get("/sysadmin/municipalities");
		admin.post("/sysadmin/municipalities/" + id + "/active", Map.of("active", "false"));
		assertThat(new WebSession(port).signIn(username, "Long-enough-1").headers().firstValue("Location").orElse(""))
			.endsWith("/login?error");
	}
}
