package kg.tereze.registry;

import java.time.LocalDate;
import java.util.Map;

import kg.tereze.support.Api;
import kg.tereze.support.RunningApplication;
import kg.tereze.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Razzakov's staff get nothing of Karool's household book; only the registry keeper changes it; bad input changes nothing. */
@RunningApplication
class RegistryAccessIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	long karoolHousehold;

	long karoolPerson;

	String snapshot;

	Api razzakov;

	@BeforeEach
	void setUp() {
		karoolHousehold = jdbc.sql("""
				select h.id from household h join municipality m on m.id = h.municipality_id
				 where m.soate_code = '41706255832000' order by h.id limit 1""").query(Long.class).single();
		karoolPerson = jdbc.sql("select person_id from membership where household_id = ? and relation = 'HEAD' limit 1")
			.param(karoolHousehold).query(Long.class).single();
		snapshot = snapshot();
		razzakov = new Api(port, Api.demoToken("razzakov.registrar"));
	}

	private String snapshot() {
		return jdbc.sql("""
				select (select count(*) from membership where household_id = :h) || '/' ||
				       (select count(*) from land_plot where household_id = :h) || '/' ||
				       (select count(*) from livestock_count where household_id = :h) || '/' ||
				       (select count(*) from registry_event where household_id = :h) || '/' ||
				       (select surname || given_name || coalesce(death_date::text, '') from person where id = :p)""")
			.param("h", karoolHousehold).param("p", karoolPerson).query(String.class).single();
	}

	@Test
	void anotherMunicipalityCannotReadTheHouseholdOrPerson() {
		assertThat(razzakov.get("/api/v1/registry/households/" + karoolHousehold).status()).isEqualTo(404);
		assertThat(razzakov.get("/api/v1/registry/persons/" + karoolPerson).status()).isEqualTo(404);
		WebSession web = WebSession.signedIn(port, "razzakov.registrar", "demo");
		assertThat(web.get("/registry/households/" + karoolHousehold).statusCode()).isEqualTo(404);
		assertThat(web.get("/registry/persons/" + karoolPerson).statusCode()).isEqualTo(404);
	}

	@Test
	void anotherMunicipalityCannotFindKaroolResidents() {
		String pin = jdbc.sql("select pin from person where id = ?").param(karoolPerson).query(String.class).single();
		assertThat(razzakov.get("/api/v1/registry/search?q=" + pin).body()).doesNotContain(pin);
		assertThat(WebSession.signedIn(port, "razzakov.clerk", "demo").get("/registry?q=" + pin).body()).doesNotContain("<code>" + pin);
	}

	@Test
	void anotherMunicipalityCannotChangeAnything() {
		String today = LocalDate.now().toString();
		assertThat(razzakov.post("/api/v1/registry/households/" + karoolHousehold + "/members",
				"{\"person\": {\"surname\": \"X\", \"givenName\": \"Y\", \"birthDate\": \"2020-01-01\", \"sex\": \"F\", \"pin\": \"10101202099999\"}, \"relation\": \"DAUGHTER\", \"how\": \"REGISTERED\", \"date\": \"" + today + "\"}")
			.status()).isEqualTo(404);
		assertThat(razzakov.post("/api/v1/registry/households/" + karoolHousehold + "/land",
				"{\"areaHa\": 1, \"kind\": \"PASTURE\", \"since\": \"" + today + "\"}").status()).isEqualTo(404);
		assertThat(razzakov.post("/api/v1/registry/households/" + karoolHousehold + "/livestock",
				"{\"year\": " + LocalDate.now().getYear() + ", \"countedOn\": \"" + today + "\", \"cattle\": 1}").status()).isEqualTo(404);
		assertThat(razzakov.post("/api/v1/registry/households/" + karoolHousehold + "/head",
				"{\"personId\": " + karoolPerson + ", \"formerHeadRelation\": \"OTHER\", \"date\": \"" + today + "\"}").status()).isEqualTo(404);
		for (String action : new String[] { "move-out", "death", "marriage" }) {
			assertThat(razzakov.post("/api/v1/registry/persons/" + karoolPerson + "/" + action, "{\"date\": \"" + today + "\"}").status())
				.as(action).isEqualTo(404);
		}
		assertThat(razzakov.put("/api/v1/registry/persons/" + karoolPerson,
				"{\"surname\": \"X\", \"givenName\": \"Y\", \"birthDate\": \"1980-01-01\", \"sex\": \"M\", \"pin\": \"20101198099999\"}").status())
			.isEqualTo(404);
		WebSession web = WebSession.signedIn(port, "razzakov.registrar", "demo");
		web.get("/registry");
		assertThat(web.post("/registry/households/" + karoolHousehold + "/death", Map.of("personId", "" + karoolPerson, "date", today))
			.statusCode()).isEqualTo(404);
		assertThat(snapshot()).isEqualTo(snapshot);
	}

	@Test
	void onlyTheRegistryKeeperChangesTheBook() {
		String today = LocalDate.now().toString();
		for (String user : new String[] { "karool.clerk", "karool.head", "karool.auditor" }) {
			Api api = new Api(port, Api.demoToken(user));
			assertThat(api.get("/api/v1/registry/households/" + karoolHousehold).status()).as(user).isEqualTo(200);
			assertThat(api.post("/api/v1/registry/persons/" + karoolPerson + "/death", "{\"date\": \"" + today + "\"}").status())
				.as(user).isEqualTo(403);
		}
		assertThat(WebSession.signedIn(port, "karool.clerk", "demo").get("/registry/households/new").statusCode()).isEqualTo(403);
		assertThat(new Api(port, Api.demoToken("karool.cashier")).get("/api/v1/registry/search?q=asan").status()).isEqualTo(403);
		assertThat(WebSession.signedIn(port, "karool.accountant", "demo").get("/registry").statusCode()).isEqualTo(403);
		assertThat(snapshot()).isEqualTo(snapshot);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{", "{\"villageId\": \"x\"}", "{\"head\": {\"birthDate\": \"31.12.1980\"}}", "{\"registeredOn\": \"2020-02-30\"}",
			"{\"villageId\": 999999, \"registeredOn\": \"2020-01-01\", \"head\": {\"surname\": \"A\", \"givenName\": \"B\", \"birthDate\": \"1980-01-01\", \"sex\": \"M\", \"pin\": \"20101198099998\"}}",
			"{\"head\": {\"surname\": \"A\", \"givenName\": \"B\", \"birthDate\": \"2999-01-01\", \"sex\": \"M\"}}" })
	void badHouseholdsAreRefusedAndNothingIsStored(String body) {
		long before = jdbc.sql("select count(*) from household").query(Long.class).single();
		Api.Reply reply = new Api(port, Api.demoToken("karool.registrar")).post("/api/v1/registry/households", body);
		assertThat(reply.status()).as(body + " → " + reply.body()).isEqualTo(400);
		assertThat(jdbc.sql("select count(*) from household").query(Long.class).single()).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/registry/households/abc", "/registry/households/1?asOf=yesterday", "/registry/persons/0",
			"/registry?q=" + "%27%3B%20drop%20table%20person%3B--", "/registry?q=%25%25%25%25", "/registry?q=" })
	void oddRegistryPagesAreNeverA500(String path) {
		assertThat(WebSession.signedIn(port, "karool.registrar", "demo").get(path).statusCode()).as(path).isBetween(200, 499);
	}

	@Test
	void aFormWithAnErrorKeepsWhatWasTyped() {
		WebSession web = WebSession.signedIn(port, "karool.registrar", "demo");
		web.get("/registry/households/new");
		String village = jdbc.sql("select v.id from village v join municipality m on m.id = v.municipality_id where m.soate_code = '41706255832000' limit 1")
			.query(String.class).single();
		var page = web.post("/registry/households", Map.of("villageId", village, "street", "Ала-Тоо", "house", "17",
				"registeredOn", LocalDate.now().minusDays(1).toString(), "surname", "Сатылганов", "givenName", "Мирлан",
				"birthDate", "1984-04-04", "sex", "M", "pin", "20404198412"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("value=\"Сатылганов\"").contains("value=\"Ала-Тоо\"").contains("value=\"20404198412\"")
			.contains("is-invalid");
	}
}
