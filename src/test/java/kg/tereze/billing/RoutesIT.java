package kg.tereze.billing;

import java.net.http.HttpRequest;
import java.util.UUID;

import kg.tereze.support.Api;
import kg.tereze.support.RunningApplication;
import kg.tereze.support.WebSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The accountant lays a route through a street and gives it to a controller, who alone sees it and reads along it. */
@RunningApplication
class RoutesIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api accountant() {
		return new Api(port, Api.demoToken("karool.accountant"));
	}

	Api controller() {
		return new Api(port, Api.demoToken("karool.controller"));
	}

	/** A Karool water account with a meter, on no route yet: its book, village and street. */
	record Place(long bookId, long villageId, String street, String account, long meterId) {
	}

	Place meteredPlace() {
		return jdbc.sql("""
				select a.book_id, a.village_id, split_part(a.address, ',', 1) as street, a.number, m.id
				  from payer_account a join billing_meter m on m.account_id = a.id and m.removed_on is null
				  join enterprise e on e.id = (select enterprise_id from ledger_book where id = a.book_id)
				 where e.code = 'KAROOLSUU' and a.address like '%,%'
				   and not exists (select 1 from billing_route_stop s where s.account_id = a.id)
				 order by a.id limit 1""")
			.query((rs, n) -> new Place(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
			.single();
	}

	long userId(String username) {
		return jdbc.sql("select id from staff_user where username = ?").param(username).query(Long.class).single();
	}

	Api.Reply create(Api api, Place p, String name, Long controllerId, Long villageId) {
		return api.post("/api/v1/billing/routes", """
				{"bookId": %d, "name": "%s", "controllerId": %s, "villageId": %s, "street": "%s"}"""
			.formatted(p.bookId(), name, controllerId, villageId, p.street()));
	}

	String field(Api.Reply r) {
		return r.json().get("errors").get(0).get("field").asString();
	}

	JsonNode awaitBatch(String id) {
		return kg.tereze.support.Eventually.value("batch " + id, () -> controller().get("/api/v1/billing/notices/" + id).json(),
				BillingFixture::finished);
	}

	long routes() {
		return jdbc.sql("select count(*) from billing_route").query(Long.class).single();
	}

	@Test
	void aControllerWalksTheirRouteAndReadsTheMeters() {
		Place p = meteredPlace();
		String name = "Каттам " + UUID.randomUUID().toString().substring(0, 6);
		Api.Reply created = create(accountant(), p, name, userId("karool.controller"), p.villageId());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(created.json().get("stops").asInt()).isPositive();
		assertThat(created.json().get("controllerName").asString()).isEqualTo("Бакыт Эрматов");

		assertThat(controller().get("/api/v1/billing/routes").json().findValuesAsString("name")).contains(name);
		JsonNode sheet = controller().get("/api/v1/billing/routes/" + id).json();
		assertThat(sheet.get("stops").get(0).get("position").asInt()).isEqualTo(1);
		JsonNode stop = null;
		for (JsonNode s : sheet.get("stops")) {
			if (s.get("account").asString().equals(p.account())) {
				stop = s;
			}
		}
		assertThat(stop).as("the metered account is on the route").isNotNull();
		assertThat(stop.get("address").asString()).startsWith(p.street());
		assertThat(stop.get("balance").asString()).isNotBlank();
		JsonNode meter = stop.get("meters").get(0);
		long read = sheet.get("readThisMonth").asLong();

		String value = new java.math.BigDecimal(meter.get("lastValue").asString()).add(java.math.BigDecimal.TEN).toPlainString();
		Api.Reply reading = controller().send(controller().builder("/api/v1/billing/accounts/" + p.account() + "/meters/"
				+ meter.get("id").asLong() + "/readings").header("Content-Type", "application/json")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.POST(HttpRequest.BodyPublishers.ofString("{\"value\": %s, \"source\": \"TABLET\", \"readOn\": \"%s\"}"
				.formatted(value, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bishkek"))))));
		assertThat(reading.status()).as(reading.body()).isIn(200, 201);
		JsonNode after = controller().get("/api/v1/billing/routes/" + id).json();
		assertThat(after.get("readThisMonth").asLong()).isGreaterThanOrEqualTo(Math.max(1, read));

		String lastMonth = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Bishkek")).minusMonths(1).toString();
		Api.Reply printing = controller().post("/api/v1/billing/books/" + p.bookId() + "/notices",
				"{\"month\": \"%s\", \"routeId\": %d, \"format\": \"A4\"}".formatted(lastMonth, id));
		assertThat(printing.status()).as(printing.body()).isEqualTo(202);
		JsonNode batch = awaitBatch(printing.json().get("id").asString());
		assertThat(batch.get("status").asString()).as(batch.toString()).isEqualTo("DONE");
		assertThat(batch.get("routeId").asLong()).isEqualTo(id);
		assertThat(batch.get("total").asInt()).as("the route's notices").isEqualTo(after.get("stops").size());
		// the municipality's own book (fees), which a new account without an enterprise opens if it is not there yet
		accountant().post("/api/v1/accounts", """
				{"holderKind": "ORGANISATION", "category": "BUSINESS", "holderName": "Дүкөн", "openedOn": "%s"}"""
			.formatted(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bishkek"))));
		long otherBook = jdbc.sql("select id from ledger_book where municipality_id = (select municipality_id from ledger_book where id = ?) and id <> ? limit 1")
			.params(p.bookId(), p.bookId()).query(Long.class).single();
		Api.Reply wrongBook = accountant().post("/api/v1/billing/books/" + otherBook + "/notices",
				"{\"month\": \"%s\", \"routeId\": %d}".formatted(lastMonth, id));
		assertThat(field(wrongBook)).isEqualTo("route");

		assertThat(controller().post("/api/v1/billing/routes/" + id + "/accounts", "{\"villageId\": 1}").status())
			.as("a controller does not change routes").isEqualTo(403);
		assertThat(accountant().send(accountant().builder("/api/v1/billing/routes/" + id + "/accounts/" + p.account())
			.DELETE()).json().get("stops").asInt()).isEqualTo(created.json().get("stops").asInt() - 1);
	}

	@Test
	void badRoutesAreRefusedAndNothingIsCreated() {
		Place p = meteredPlace();
		long before = routes();
		long otherVillage = jdbc.sql("select v.id from village v join municipality m on m.id = v.municipality_id where m.code <> 'KAR' limit 1")
			.query(Long.class).single();
		assertThat(field(create(accountant(), p, "", null, p.villageId()))).isEqualTo("name");
		assertThat(field(create(accountant(), p, "x".repeat(101), null, p.villageId()))).isEqualTo("name");
		assertThat(field(create(accountant(), p, "Бөтөн айыл", null, otherVillage))).isEqualTo("villageId");
		assertThat(field(create(accountant(), p, "Жок айыл", null, null))).isEqualTo("villageId");
		assertThat(field(create(accountant(), p, "Катчы", userId("karool.clerk"), p.villageId()))).isEqualTo("controllerId");
		assertThat(field(create(accountant(), p, "Бөтөн контролёр", userId("tazalyk.controller"), p.villageId())))
			.isEqualTo("controllerId");
		assertThat(accountant().post("/api/v1/billing/routes", "{\"name\": ").status()).isEqualTo(400);
		assertThat(routes()).isEqualTo(before);

		String name = "Бир " + UUID.randomUUID().toString().substring(0, 6);
		assertThat(create(accountant(), p, name, null, p.villageId()).status()).isEqualTo(201);
		assertThat(field(create(accountant(), p, name, null, p.villageId()))).isEqualTo("name");
		assertThat(field(create(accountant(), p, "Экинчи " + name, null, p.villageId())))
			.as("every account of that street is on a route already").isEqualTo("street");
		assertThat(routes()).isEqualTo(before + 1);
	}

	@Test
	void onlyTheRouteControllerAndTheMunicipalitySeeIt() {
		Place p = meteredPlace();
		long id = create(accountant(), p, "Жеке " + UUID.randomUUID().toString().substring(0, 6), null, p.villageId())
			.json().get("id").asLong();
		assertThat(controller().get("/api/v1/billing/routes").json().findValuesAsString("name"))
			.as("the demo gives the controller a street in each village").anyMatch(n -> n.contains(": "));
		assertThat(controller().get("/api/v1/billing/routes/" + id).status()).as("not given to them").isEqualTo(404);
		assertThat(controller().get("/api/v1/billing/routes").json().findValuesAsString("id")).doesNotContain(String.valueOf(id));
		assertThat(accountant().put("/api/v1/billing/routes/" + id + "/controller",
				"{\"controllerId\": " + userId("karool.controller") + "}").status()).isEqualTo(200);
		assertThat(controller().get("/api/v1/billing/routes/" + id).status()).isEqualTo(200);

		assertThat(new Api(port, Api.demoToken("karool.head")).get("/api/v1/billing/routes/" + id).status()).isEqualTo(200);
		assertThat(new Api(port, Api.demoToken("karool.clerk")).get("/api/v1/billing/routes").status()).isEqualTo(403);
		assertThat(new Api(port, Api.demoToken("karool.cashier")).get("/api/v1/billing/routes").status()).isEqualTo(403);
		assertThat(new Api(port, Api.demoToken("tazalyk.accountant")).get("/api/v1/billing/routes/" + id).status()).isEqualTo(404);
		assertThat(new Api(port, Api.demoToken("tazalyk.accountant")).send(new Api(port, Api.demoToken("tazalyk.accountant"))
			.builder("/api/v1/billing/routes/" + id).DELETE()).status()).isEqualTo(404);
		assertThat(new Api(port, Api.demoToken("karool.auditor")).send(new Api(port, Api.demoToken("karool.auditor"))
			.builder("/api/v1/billing/routes/" + id).DELETE()).status()).isEqualTo(403);
		WebSession tazalyk = WebSession.signedIn(port, "tazalyk.accountant", "demo");
		assertThat(tazalyk.get("/billing/routes/" + id).statusCode()).isEqualTo(404);
		tazalyk.get("/billing/routes");
		assertThat(tazalyk.post("/billing/routes/" + id + "/delete", java.util.Map.of()).statusCode()).isEqualTo(404);
		assertThat(WebSession.signedIn(port, "karool.cashier", "demo").get("/billing/routes").statusCode()).isEqualTo(403);
		assertThat(WebSession.signedIn(port, "karool.controller", "demo").get("/cash?account=1&route=abc").statusCode())
			.as("a malformed route is a bad request, not an error").isEqualTo(400);
		WebSession office = WebSession.signedIn(port, "karool.accountant", "demo");
		office.get("/billing/routes");
		var refused = office.post("/billing/routes", java.util.Map.of("bookId", String.valueOf(p.bookId()), "name", " ",
				"villageId", String.valueOf(p.villageId()), "street", "Жок көчө"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"route-error\"", "value=\"Жок көчө\"");
		assertThat(accountant().get("/api/v1/billing/routes/" + id).status()).as("still there").isEqualTo(200);

		assertThat(accountant().send(accountant().builder("/api/v1/billing/routes/" + id).DELETE()).status()).isEqualTo(204);
		assertThat(accountant().get("/api/v1/billing/routes/" + id).status()).isEqualTo(404);
	}
}
