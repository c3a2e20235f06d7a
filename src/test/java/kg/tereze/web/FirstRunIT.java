package kg.tereze.web;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import com.microsoft.playwright.Page;
import kg.tereze.support.Browser;
import kg.tereze.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tereze as a municipality installs it: no demo, an empty database. Every page leads to the first-run
 * page until the system administrator, the municipality and its administrator exist; then never again.
 * It needs a database of its own, so it runs on the embedded one only (the shared CI server already
 * holds the demo users of the other tests).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tereze.demo=false")
@ActiveProfiles("test")
@DisabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+")
class FirstRunIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	Map<String, String> setup() {
		Map<String, String> form = new HashMap<>();
		form.put("sysadminUsername", "it.admin");
		form.put("sysadminName", "Айбек Усөнов");
		form.put("sysadminPassword", "Long-enough-1");
		form.put("soateCode", "41706255832000");
		form.put("code", "kar");
		form.put("adminUsername", "karool.boss");
		form.put("adminName", "Гүлнара Өмүрова");
		form.put("adminPassword", "Long-enough-2");
		return form;
	}

	@Test
	void anEmptyDatabaseAsksForItsAdministratorsOnceAndHasNoDemoUsers() {
		assertThat(count("select count(*) from staff_user")).isZero();
		assertThat(count("select count(*) from municipality")).isZero();
		WebSession web = new WebSession(port);
		HttpResponse<String> login = web.get("/login");
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/setup");
		HttpResponse<String> page = web.get("/setup?lang=ru");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Первый запуск").contains("41706255832000");

		// refused: a short password for the municipality's administrator; nothing is made, what was typed stays
		Map<String, String> bad = setup();
		bad.put("adminPassword", "short");
		HttpResponse<String> refused = web.post("/setup", bad);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"adminPassword\"").contains("is-invalid").contains("value=\"karool.boss\"")
			.doesNotContain("Long-enough-1");
		Map<String, String> sameCode = setup();
		sameCode.put("code", "k");
		assertThat(web.post("/setup", sameCode).body()).contains("is-invalid");
		assertThat(count("select count(*) from staff_user")).isZero();
		assertThat(count("select count(*) from municipality")).isZero();

		// the rest in the browser, as the person installing Tereze does it: on a tablet, then checked on a phone
		try (Browser browser = new Browser()) {
			Page phone = browser.newPage(390, 844);
			phone.navigate("http://localhost:" + port + "/login?lang=ky");
			assertThat(phone).hasURL(java.util.regex.Pattern.compile(".*/setup\\?lang=ky$"));
			Browser.screenshot(phone, "first-run-phone-ky");
			Page tablet = browser.newTabletPage();
			tablet.navigate("http://localhost:" + port + "/setup?lang=ru");
			Map<String, String> form = setup();
			form.forEach((field, value) -> {
				if (field.equals("soateCode")) {
					tablet.selectOption("#soateCode", value);
				}
				else {
					tablet.fill("#" + field, value);
				}
			});
			tablet.fill("#adminUsername", "it.admin");
			tablet.click("#setup-form button[type=submit]");
			assertThat(tablet.locator("#adminUsername")).hasClass(java.util.regex.Pattern.compile(".*is-invalid.*"));
			assertThat(tablet.locator("#code")).hasValue("kar");
			Browser.screenshot(tablet, "first-run-refused-ru");
			tablet.fill("#adminUsername", "karool.boss");
			tablet.fill("#sysadminPassword", "Long-enough-1");
			tablet.fill("#adminPassword", "Long-enough-2");
			tablet.click("#setup-form button[type=submit]");
			assertThat(tablet).hasURL(java.util.regex.Pattern.compile(".*/login\\?setup$"));
			assertThat(tablet.locator(".alert-success")).containsText("Терезе настроена");
			tablet.fill("#username", "karool.boss");
			tablet.fill("#password", "Long-enough-2");
			tablet.click("button[type=submit]");
			assertThat(tablet).hasURL("http://localhost:" + port + "/");
			Browser.screenshot(tablet, "first-run-signed-in-ru");
		}
		assertThat(count("select count(*) from municipality where code = 'KAR'")).isEqualTo(1);
		assertThat(count("select count(*) from staff_user where username = 'it.admin' and 'SYSTEM_ADMIN' = any(roles)")).isEqualTo(1);
		assertThat(count("select count(*) from staff_user where username = 'karool.boss' and 'ADMIN' = any(roles)")).isEqualTo(1);
		assertThat(count("select count(*) from staff_user where username like '%.clerk' or username = 'sysadmin'")).isZero();

		// never again, and the administrators sign in
		assertThat(new WebSession(port).get("/setup").statusCode()).isEqualTo(404);
		assertThat(web.post("/setup", setup()).statusCode()).isEqualTo(404);
		WebSession.signedIn(port, "karool.boss", "Long-enough-2");
		WebSession.signedIn(port, "it.admin", "Long-enough-1");
		assertThat(new WebSession(port).get("/login").statusCode()).isEqualTo(200);
	}
}
