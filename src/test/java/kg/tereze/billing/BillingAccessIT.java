package kg.tereze.billing;

import java.util.List;
import java.util.Map;

import kg.tereze.municipality.Municipalities;
import kg.tereze.support.Api;
import kg.tereze.support.RunningApplication;
import kg.tereze.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static kg.tereze.billing.BillingFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may see and change what billing holds: another municipality and another enterprise get 404,
 * roles without money duties 403, readers read and cannot write; nothing changes either way.
 */
@RunningApplication
class BillingAccessIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Municipalities municipalities;

	BillingFixture f;

	String account;

	long subscription;

	String run;

	@BeforeEach
	void setUp() {
		f = new BillingFixture(port, jdbc, municipalities);
		f.service("FEE", "FLAT");
		f.tariff("FEE", "BUDGET", "100", TODAY.withDayOfMonth(1).minusMonths(3), null);
		account = f.openAccount("ORGANISATION", "BUDGET", null, "Клуб", TODAY.withDayOfMonth(1).minusMonths(3));
		subscription = f.subscribe(account, "FEE", TODAY.withDayOfMonth(1).minusMonths(3), null, null).json().get("id").asLong();
		run = f.run(TODAY.withDayOfMonth(1).minusMonths(3).toString().substring(0, 7), "PREVIEW").get("id").asString();
	}

	long state() {
		return jdbc.sql("""
				select (select count(*) from billing_service) + (select count(*) from billing_tariff)
				     + (select count(*) from billing_subscription) + (select count(*) from billing_run)
				     + (select count(*) from billing_line) + (select count(*) from ledger_entry)
				     + (select count(*) from billing_subscription where ends_on is not null or persons_override is not null)""")
			.query(Long.class).single();
	}

	List<Api.Reply> reads(Api api) {
		String b = "/api/v1/billing/books/" + f.bookId;
		return List.of(api.get(b + "/services"), api.get(b + "/runs"), api.get("/api/v1/billing/runs/" + run));
	}

	List<Api.Reply> writes(Api api) {
		String b = "/api/v1/billing/books/" + f.bookId;
		String s = "/api/v1/billing/accounts/" + account + "/subscriptions";
		return List.of(
				api.post(b + "/services", "{\"code\": \"X\", \"nameKy\": \"x\", \"nameRu\": \"x\", \"basis\": \"FLAT\"}"),
				api.post(b + "/services/FEE/tariffs", "{\"category\": \"BUDGET\", \"price\": \"5\", \"validFrom\": \"" + TODAY.plusMonths(2) + "\"}"),
				api.post(b + "/runs", "{\"month\": \"" + TODAY.toString().substring(0, 7) + "\", \"mode\": \"COMMIT\"}"),
				api.post(s, "{\"service\": \"FEE\", \"startsOn\": \"" + TODAY.plusMonths(3) + "\"}"),
				api.post(s + "/" + subscription + "/end", "{\"lastDay\": \"" + TODAY.plusMonths(4) + "\"}"),
				api.put(s + "/" + subscription + "/persons", "{\"persons\": 2, \"reason\": \"x\"}"));
	}

	@Test
	void anotherMunicipalityAndAnotherEnterpriseGetNothing() {
		long before = state();
		for (String user : new String[] { "tazalyk.accountant", "razzakov.head", "razzakov.auditor" }) {
			Api api = new Api(port, Api.demoToken(user));
			for (Api.Reply r : reads(api)) {
				assertThat(r.status()).as(user + " " + r.body()).isEqualTo(404);
			}
			assertThat(api.get("/api/v1/billing/accounts/" + account + "/subscriptions").status()).as(user).isEqualTo(404);
			if (user.endsWith("accountant")) {
				for (Api.Reply r : writes(api)) {
					assertThat(r.status()).as(user + " " + r.body()).isEqualTo(404);
				}
				WebSession web = WebSession.signedIn(port, user, "demo");
				assertThat(web.get("/billing?book=" + f.bookId).statusCode()).isEqualTo(404);
				assertThat(web.get("/billing/runs/" + run).statusCode()).isEqualTo(404);
				assertThat(web.get("/billing/accounts/" + account).statusCode()).isEqualTo(404);
				web.get("/billing");
				assertThat(web.post("/billing/runs", Map.of("book", String.valueOf(f.bookId), "month",
						TODAY.toString().substring(0, 7), "mode", "COMMIT")).statusCode()).isEqualTo(404);
			}
		}
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void rolesWithoutMoneyDutiesAreForbiddenAndReadersCannotWrite() {
		long before = state();
		for (String user : new String[] { "karool.clerk", "karool.registrar", "karool.admin" }) {
			Api api = new Api(port, Api.demoToken(user));
			for (Api.Reply r : reads(api)) {
				assertThat(r.status()).as(user).isEqualTo(403);
			}
			for (Api.Reply r : writes(api)) {
				assertThat(r.status()).as(user).isEqualTo(403);
			}
			assertThat(WebSession.signedIn(port, user, "demo").get("/billing").statusCode()).as(user).isEqualTo(403);
		}
		for (String reader : new String[] { "karool.head", "karool.auditor" }) {
			Api api = new Api(port, Api.demoToken(reader));
			for (Api.Reply r : reads(api)) {
				assertThat(r.status()).as(reader).isEqualTo(200);
			}
			for (Api.Reply r : writes(api)) {
				assertThat(r.status()).as(reader + " " + r.body()).isEqualTo(403);
			}
			WebSession web = WebSession.signedIn(port, reader, "demo");
			assertThat(web.get("/billing?book=" + f.bookId).statusCode()).isEqualTo(200);
			assertThat(web.get("/billing/runs/" + run).statusCode()).isEqualTo(200);
		}
		for (String desk : new String[] { "karool.cashier", "karool.controller" }) {
			Api api = new Api(port, Api.demoToken(desk));
			assertThat(api.get("/api/v1/billing/accounts/" + account + "/subscriptions").status()).as(desk).isEqualTo(200);
			assertThat(reads(api).get(0).status()).as(desk).isEqualTo(403);
			for (Api.Reply r : writes(api)) {
				assertThat(r.status()).as(desk).isEqualTo(403);
			}
			WebSession web = WebSession.signedIn(port, desk, "demo");
			assertThat(web.get("/billing/accounts/" + account).statusCode()).isEqualTo(200);
			assertThat(web.post("/billing/accounts/" + account, Map.of("service", "FEE", "startsOn",
					TODAY.plusMonths(3).toString())).statusCode()).isEqualTo(403);
		}
		assertThat(state()).isEqualTo(before);
		assertThat(new Api(port, null).get("/api/v1/billing/books/" + f.bookId + "/services").status()).isEqualTo(401);
	}
}
