package kg.tereze.registry;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import kg.tereze.support.Api;
import kg.tereze.support.RunningApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The household book through its API, as a registry keeper's script would use it. */
@RunningApplication
class RegistryIT {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Bishkek"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api registrar;

	long village;

	@BeforeEach
	void setUp() {
		registrar = new Api(port, Api.demoToken("karool.registrar"));
		village = registrar.get("/api/v1/municipality").json().get("villages").get(0).get("id").asLong();
	}

	/** A PIN no generated person has: serials from 90000 up. */
	static String pin(LocalDate born, boolean male) {
		return (male ? "2" : "1") + String.format("%02d%02d%04d%05d", born.getDayOfMonth(), born.getMonthValue(), born.getYear(),
				90000 + ThreadLocalRandom.current().nextInt(10000));
	}

	static String person(String surname, String given, LocalDate born, boolean male) {
		return """
				{"pin": "%s", "surname": "%s", "givenName": "%s", "birthDate": "%s", "sex": "%s"}"""
			.formatted(pin(born, male), surname, given, born, male ? "M" : "F");
	}

	long household(String headJson, LocalDate registered) {
		Api.Reply reply = registrar.post("/api/v1/registry/households", """
				{"villageId": %d, "street": "Манас", "house": "%d", "registeredOn": "%s", "head": %s}"""
			.formatted(village, ThreadLocalRandom.current().nextInt(1000, 9999), registered, headJson));
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.json().get("id").asLong();
	}

	JsonNode card(long id, LocalDate asOf) {
		Api.Reply reply = registrar.get("/api/v1/registry/households/" + id + (asOf == null ? "" : "?asOf=" + asOf));
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		return reply.json();
	}

	@Test
	void aHouseholdIsShownAsItWasOnAnyDate() {
		LocalDate registered = TODAY.minusYears(10);
		long id = household(person("Бекмуратов", "Нурлан", LocalDate.of(1975, 5, 4), true), registered);
		LocalDate wedding = TODAY.minusYears(8);
		Api.Reply spouse = registrar.post("/api/v1/registry/households/" + id + "/members", """
				{"person": %s, "relation": "SPOUSE", "how": "MOVED_IN", "date": "%s", "from": "Өзгөн"}"""
			.formatted(person("Садыкова", "Айгүл", LocalDate.of(1980, 2, 10), false), wedding));
		assertThat(spouse.status()).as(spouse.body()).isEqualTo(201);
		LocalDate born = TODAY.minusYears(5);
		Api.Reply son = registrar.post("/api/v1/registry/households/" + id + "/members", """
				{"person": %s, "relation": "SON", "how": "BORN", "date": "%s"}""".formatted(person("Бекмуратов", "Эмир", born, true), born));
		assertThat(son.status()).as(son.body()).isEqualTo(201);
		long sonId = son.json().get("personId").asLong();

		assertThat(card(id, registered).get("members").size()).isEqualTo(1);
		assertThat(card(id, wedding).get("members").size()).isEqualTo(2);
		assertThat(card(id, null).get("members").size()).isEqualTo(3);

		LocalDate moved = TODAY.minusDays(10);
		assertThat(registrar.post("/api/v1/registry/persons/" + sonId + "/move-out", "{\"date\": \"%s\", \"note\": \"Бишкек\"}".formatted(moved))
			.status()).isEqualTo(204);
		assertThat(card(id, null).get("members").size()).isEqualTo(2);
		assertThat(card(id, moved.minusDays(1)).get("members").size()).isEqualTo(3);
		assertThat(card(id, null).get("history").toString()).contains("MOVED_OUT", "BORN", "MOVED_IN", "REGISTERED");
	}

	@Test
	void deathClosesMembershipAndIsCheckedAgainstBirth() {
		LocalDate born = LocalDate.of(1950, 1, 20);
		long id = household(person("Осмонов", "Асан", LocalDate.of(1970, 3, 3), true), TODAY.minusYears(20));
		Api.Reply mother = registrar.post("/api/v1/registry/households/" + id + "/members", """
				{"person": %s, "relation": "MOTHER", "how": "REGISTERED", "date": "%s"}"""
			.formatted(person("Осмонова", "Бүбү", born, false), TODAY.minusYears(20)));
		long motherId = mother.json().get("personId").asLong();
		assertThat(field(registrar.post("/api/v1/registry/persons/" + motherId + "/death", "{\"date\": \"1949-01-01\"}"))).isEqualTo("date");
		assertThat(field(registrar.post("/api/v1/registry/persons/" + motherId + "/death", "{\"date\": \"%s\"}".formatted(TODAY.plusDays(1)))))
			.isEqualTo("date");
		assertThat(registrar.post("/api/v1/registry/persons/" + motherId + "/death", "{\"date\": \"%s\"}".formatted(TODAY.minusDays(3))).status())
			.isEqualTo(204);
		assertThat(field(registrar.post("/api/v1/registry/persons/" + motherId + "/death", "{\"date\": \"%s\"}".formatted(TODAY))))
			.isEqualTo("personId");
		assertThat(card(id, null).get("members").size()).isEqualTo(1);
		assertThat(card(id, TODAY.minusDays(4)).get("members").size()).isEqualTo(2);
	}

	@Test
	void aPinBelongsToOnePersonAndAPersonToOneHousehold() {
		String head = person("Жумабаев", "Бакыт", LocalDate.of(1982, 7, 7), true);
		household(head, TODAY.minusYears(3));
		Api.Reply again = registrar.post("/api/v1/registry/households", """
				{"villageId": %d, "registeredOn": "%s", "head": %s}""".formatted(village, TODAY, head));
		assertThat(field(again)).isEqualTo("pin");
		assertThat(again.json().get("errors").get(0).get("message").asString()).contains("Жумабаев Бакыт");

		long first = household(person("Токтогулов", "Алмаз", LocalDate.of(1985, 1, 1), true), TODAY.minusYears(5));
		Api.Reply daughter = registrar.post("/api/v1/registry/households/" + first + "/members", """
				{"person": %s, "relation": "DAUGHTER", "how": "REGISTERED", "date": "%s"}"""
			.formatted(person("Токтогулова", "Алина", LocalDate.of(2005, 4, 4), false), TODAY.minusYears(5)));
		long daughterId = daughter.json().get("personId").asLong();
		long second = household(person("Мамытов", "Эрлан", LocalDate.of(2000, 2, 2), true), TODAY.minusYears(1));
		// joining another household before the day she joined the first would put her in two at once
		Api.Reply overlapping = registrar.post("/api/v1/registry/households/" + second + "/members", """
				{"existingPersonId": %d, "relation": "SPOUSE", "how": "MOVED_IN", "date": "%s"}""".formatted(daughterId, TODAY.minusYears(6)));
		assertThat(overlapping.status()).as(overlapping.body()).isEqualTo(400);
		// marrying into the second household moves her there
		Api.Reply married = registrar.post("/api/v1/registry/households/" + second + "/members", """
				{"existingPersonId": %d, "relation": "SPOUSE", "how": "MOVED_IN", "date": "%s"}""".formatted(daughterId, TODAY.minusDays(30)));
		assertThat(married.status()).as(married.body()).isEqualTo(201);
		assertThat(card(first, null).get("members").size()).isEqualTo(1);
		assertThat(card(second, null).get("members").size()).isEqualTo(2);
	}

	@Test
	void landLivestockAndHeadChange() {
		long id = household(person("Касымов", "Талант", LocalDate.of(1960, 9, 9), true), TODAY.minusYears(30));
		Api.Reply son = registrar.post("/api/v1/registry/households/" + id + "/members", """
				{"person": %s, "relation": "SON", "how": "REGISTERED", "date": "%s"}"""
			.formatted(person("Касымов", "Азат", LocalDate.of(1990, 9, 9), true), TODAY.minusYears(30)));
		long sonId = son.json().get("personId").asLong();
		Api.Reply plot = registrar.post("/api/v1/registry/households/" + id + "/land",
				"{\"areaHa\": 0.12, \"kind\": \"HOMESTEAD\", \"tenure\": \"OWNED\", \"since\": \"%s\"}".formatted(TODAY.minusYears(10)));
		assertThat(plot.status()).as(plot.body()).isEqualTo(201);
		assertThat(field(registrar.post("/api/v1/registry/households/" + id + "/land",
				"{\"areaHa\": -1, \"kind\": \"PASTURE\", \"since\": \"%s\"}".formatted(TODAY)))).isEqualTo("areaHa");
		assertThat(registrar.post("/api/v1/registry/households/" + id + "/livestock", """
				{"year": %d, "countedOn": "%s", "cattle": 3, "horses": 1, "sheepGoats": 12, "yaks": 0, "poultry": 20}"""
			.formatted(TODAY.getYear(), TODAY)).status()).isEqualTo(201);
		assertThat(registrar.post("/api/v1/registry/households/" + id + "/livestock", """
				{"year": %d, "countedOn": "%s", "cattle": 2, "sheepGoats": 8}""".formatted(TODAY.getYear() - 1, TODAY.minusYears(1))).status())
			.isEqualTo(201);
		assertThat(field(registrar.post("/api/v1/registry/households/" + id + "/livestock", """
				{"year": %d, "countedOn": "%s", "cattle": -3}""".formatted(TODAY.getYear(), TODAY)))).isEqualTo("cattle");
		assertThat(registrar.post("/api/v1/registry/households/" + id + "/head",
				"{\"personId\": %d, \"formerHeadRelation\": \"FATHER\", \"date\": \"%s\"}".formatted(sonId, TODAY.minusDays(1))).status())
			.isEqualTo(204);
		JsonNode today = card(id, null);
		assertThat(today.get("members").get(0).get("personId").asLong()).isEqualTo(sonId);
		assertThat(today.get("members").get(0).get("relation").asString()).isEqualTo("HEAD");
		assertThat(today.get("land").size()).isEqualTo(1);
		assertThat(today.get("livestock").get("sheepGoats").asInt()).isEqualTo(12);
		assertThat(today.get("livestockYears").size()).isEqualTo(2);
		assertThat(today.get("livestockYears").get(1).get("sheepGoats").asInt()).isEqualTo(8);
		assertThat(card(id, TODAY.minusDays(2)).get("members").get(0).get("relation").asString()).isEqualTo("HEAD");
		assertThat(card(id, TODAY.minusDays(2)).get("members").get(0).get("personId").asLong()).isNotEqualTo(sonId);
	}

	@Test
	void searchFindsByPinAndByNameInEitherAlphabetWithATypo() {
		LocalDate born = LocalDate.of(1991, 6, 12);
		String pin = pin(born, false);
		household("""
				{"pin": "%s", "surname": "Жээнбекова", "givenName": "Нургүл", "birthDate": "%s", "sex": "F"}""".formatted(pin, born),
				TODAY.minusYears(2));
		Api clerk = new Api(port, Api.demoToken("karool.clerk"));
		assertThat(clerk.get("/api/v1/registry/search?q=" + pin).json().get(0).get("pin").asString()).isEqualTo(pin);
		for (String q : new String[] { "Jeenbekova%20Nurgul", "Jeenbekoba%20Nurgul", "%D0%9D%D1%83%D1%80%D0%B3%D1%83%D0%BB" }) {
			assertThat(clerk.get("/api/v1/registry/search?q=" + q).body()).as(q).contains(pin);
		}
		assertThat(clerk.get("/api/v1/registry/search?q=" + pin).json().get(0).get("village").asString()).isNotBlank();
	}

	@Test
	void searchResultsArePagedSortedAndExported() {
		Api clerk = new Api(port, Api.demoToken("karool.clerk"));
		JsonNode page = clerk.get("/api/v1/registry/search/page?q=asan&sort=NAME&page=1&size=10").json();
		assertThat(page.get("total").asInt()).isGreaterThan(20);
		assertThat(page.get("hits").size()).isEqualTo(10);
		java.util.List<String> names = new java.util.ArrayList<>();
		page.get("hits").forEach(h -> names.add(h.get("fullName").asString()));
		assertThat(names).isSorted();
		JsonNode byBirth = clerk.get("/api/v1/registry/search/page?q=asan&sort=BIRTH_DATE&size=200").json();
		assertThat(byBirth.get("hits").get(0).get("birthDate").asString())
			.isLessThanOrEqualTo(byBirth.get("hits").get(1).get("birthDate").asString());
		var web = kg.tereze.support.WebSession.signedIn(port, "karool.clerk", "demo");
		String html = web.get("/registry?q=asan&sort=NAME&page=1").body();
		assertThat(html).contains("id=\"hits\"").contains("page=2");
		byte[] xlsx = web.getBytes("/registry/search.xlsx?q=asan&sort=NAME").body();
		assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'EXPORT' and entity_type = 'register_search'")
			.query(Long.class).single()).isPositive();
		assertThat(clerk.get("/api/v1/registry/search/page?q=asan&sort=WRONG").status()).isEqualTo(400);
	}

	@Test
	void correctionKeepsTheOldValuesInTheHistory() {
		long id = household(person("Алиев", "Марат", LocalDate.of(1979, 12, 1), true), TODAY.minusYears(4));
		long head = card(id, null).get("members").get(0).get("personId").asLong();
		JsonNode before = registrar.get("/api/v1/registry/persons/" + head).json().get("data");
		Api.Reply corrected = registrar.put("/api/v1/registry/persons/" + head, """
				{"pin": "%s", "surname": "Алиев", "givenName": "Мурат", "birthDate": "1979-12-01", "sex": "M", "phone": "+996 555 010203"}"""
			.formatted(before.get("pin").asString()));
		assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
		assertThat(card(id, null).get("history").toString()).contains("givenName: Марат → Мурат");
		assertThat(registrar.get("/api/v1/registry/persons/" + head).json().get("history").toString())
			.contains("PERSON_CORRECTED", "REGISTERED");
	}

	@Test
	void anAddressChangeKeepsTheOldOneInTheHistory() {
		long id = household(person("Шарипов", "Нурбек", LocalDate.of(1977, 7, 17), true), TODAY.minusYears(6));
		Api.Reply moved = registrar.put("/api/v1/registry/households/" + id + "/address",
				"{\"villageId\": %d, \"street\": \"Ынтымак\", \"house\": \"44\", \"registeredOn\": \"%s\"}".formatted(village, TODAY));
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(moved.json().get("street").asString()).isEqualTo("Ынтымак");
		assertThat(card(id, null).get("history").toString()).contains("ADDRESS_CHANGED", "Манас", "Ынтымак, 44");
		assertThat(field(registrar.put("/api/v1/registry/households/" + id + "/address",
				"{\"villageId\": 999999, \"registeredOn\": \"%s\"}".formatted(TODAY)))).isEqualTo("villageId");
	}

	@Test
	void viewsOfPersonalDataAreAudited() {
		long id = household(person("Эргешев", "Данияр", LocalDate.of(1988, 8, 8), true), TODAY.minusYears(1));
		long head = card(id, null).get("members").get(0).get("personId").asLong();
		registrar.get("/api/v1/registry/persons/" + head);
		long views = jdbc.sql("select count(*) from audit_entry where action = 'VIEW' and entity_type = 'person' and entity_id = ?")
			.param(String.valueOf(head)).query(Long.class).single();
		assertThat(views).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'VIEW' and entity_type = 'household' and entity_id = ?")
			.param(String.valueOf(id)).query(Long.class).single()).isPositive();
	}

	static String field(Api.Reply reply) {
		assertThat(reply.status()).as(reply.body()).isEqualTo(400);
		return reply.json().get("errors").get(0).get("field").asString();
	}
}
