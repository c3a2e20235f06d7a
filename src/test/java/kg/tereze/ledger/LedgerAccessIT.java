package kg.tereze.ledger;

import java.util.List;
import java.util.Map;

import kg.tereze.identity.ApiTokens;
import kg.tereze.support.Api;
import kg.tereze.support.RunningApplication;
import kg.tereze.support.TestUsers;
import kg.tereze.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may see and change which accounts: another municipality gets 404 on everything, an enterprise sees
 * only its own book, roles without money duties get 403, and readers cannot write.
 */
@RunningApplication
class LedgerAccessIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiTokens tokens;

	String karoolAccount;

	long karoolEntry;

	long karoolBook;

	long entriesBefore;

	@BeforeEach
	void setUp() {
		karoolAccount = jdbc.sql("""
				select a.number from payer_account a join municipality m on m.id = a.municipality_id
				 where m.code = 'KAR' and exists (select 1 from ledger_entry e where e.account_id = a.id) order by a.id limit 1""")
			.query(String.class).single();
		karoolEntry = jdbc.sql("select min(e.id) from ledger_entry e join payer_account a on a.id = e.account_id where a.number = ?")
			.param(karoolAccount).query(Long.class).single();
		karoolBook = jdbc.sql("select book_id from payer_account where number = ?").param(karoolAccount).query(Long.class).single();
		entriesBefore = count();
	}

	long count() {
		return jdbc.sql("select count(*) from ledger_entry").query(Long.class).single();
	}

	List<Api.Reply> everyEndpoint(Api api) {
		String a = "/api/v1/accounts/" + karoolAccount;
		return List.of(api.get(a), api.get(a + "/statement"), api.get(a + "/entries/" + karoolEntry),
				api.post(a + "/entries", "{\"kind\": \"CHARGE\", \"amount\": \"1\", \"bookedOn\": \"2026-01-01\"}"),
				api.post(a + "/entries/" + karoolEntry + "/reversal", "{\"reason\": \"x\"}"),
				api.post("/api/v1/ledger/books/" + karoolBook + "/closings", "{\"month\": \"2020-01\"}"));
	}

	@Test
	void anotherMunicipalitysAccountantGetsNothing() {
		TestUsers.Created razzakov = TestUsers.create(port, "razzakov.admin", "ACCOUNTANT");
		WebSession web = WebSession.signedIn(port, razzakov.username(), TestUsers.PASSWORD);
		Api api = apiOf(razzakov);
		for (Api.Reply r : everyEndpoint(api)) {
			assertThat(r.status()).as(r.body()).isEqualTo(404);
		}
		assertThat(api.get("/api/v1/accounts?size=200").json().get("items").findValuesAsString("number"))
			.doesNotContain(karoolAccount);
		assertThat(web.get("/accounts/" + karoolAccount).statusCode()).isEqualTo(404);
		web.get("/accounts");
		assertThat(web.post("/accounts/" + karoolAccount + "/entries", Map.of("kind", "CHARGE", "amount", "1",
				"bookedOn", "2026-01-01")).statusCode()).isEqualTo(404);
		web.get("/accounts");
		var close = web.post("/accounts/periods/" + karoolBook, Map.of("month", "2020-01"));
		assertThat(close.statusCode()).as(close.body()).isEqualTo(404);
		assertThat(count()).isEqualTo(entriesBefore);
	}

	@Test
	void anEnterpriseSeesOnlyItsOwnBook() {
		Api tazalyk = new Api(port, Api.demoToken("tazalyk.accountant"));
		for (Api.Reply r : everyEndpoint(tazalyk)) {
			assertThat(r.status()).as(r.body()).isEqualTo(404);
		}
		long tazalykId = jdbc.sql("select id from enterprise where code = 'TAZALYK'").query(Long.class).single();
		var items = tazalyk.get("/api/v1/accounts?size=200").json().get("items");
		assertThat(items.size()).isPositive();
		items.forEach(i -> assertThat(i.get("enterpriseId").asLong()).isEqualTo(tazalykId));
		assertThat(tazalyk.get("/api/v1/ledger/books").json()).hasSize(1);
		assertThat(tazalyk.post("/api/v1/accounts", """
				{"enterpriseId": %d, "holderKind": "PERSON", "category": "HOUSEHOLD", "holderName": "X", "openedOn": "2026-01-01"}"""
			.formatted(jdbc.sql("select id from enterprise where code = 'KAROOLSUU'").query(Long.class).single()))
			.status()).isEqualTo(400);
		assertThat(count()).isEqualTo(entriesBefore);
	}

	@Test
	void rolesWithoutMoneyDutiesGetForbiddenAndReadersCannotWrite() {
		for (String user : new String[] { "karool.clerk", "karool.registrar", "karool.admin" }) {
			Api api = new Api(port, Api.demoToken(user));
			for (Api.Reply r : everyEndpoint(api)) {
				assertThat(r.status()).as(user + " " + r.body()).isEqualTo(403);
			}
			assertThat(api.get("/api/v1/accounts").status()).isEqualTo(403);
			assertThat(WebSession.signedIn(port, user, "demo").get("/accounts").statusCode()).as(user).isEqualTo(403);
		}
		for (String reader : new String[] { "karool.cashier", "karool.controller", "karool.head", "karool.auditor" }) {
			Api api = new Api(port, Api.demoToken(reader));
			List<Api.Reply> replies = everyEndpoint(api);
			assertThat(replies.get(0).status()).as(reader).isEqualTo(200);
			assertThat(replies.get(1).status()).as(reader).isEqualTo(200);
			assertThat(replies.get(2).status()).as(reader).isEqualTo(200);
			for (Api.Reply write : replies.subList(3, 6)) {
				assertThat(write.status()).as(reader + " " + write.body()).isEqualTo(403);
			}
			assertThat(api.post("/api/v1/accounts", "{}").status()).isEqualTo(403);
			WebSession web = WebSession.signedIn(port, reader, "demo");
			assertThat(web.get("/accounts/" + karoolAccount).statusCode()).isEqualTo(200);
			web.get("/accounts");
			assertThat(web.post("/accounts/" + karoolAccount + "/entries/" + karoolEntry + "/reversal",
					Map.of("reason", "x")).statusCode()).isEqualTo(403);
		}
		assertThat(count()).isEqualTo(entriesBefore);
	}

	@Test
	void noTokenNoAccounts() {
		assertThat(new Api(port, null).get("/api/v1/accounts").status()).isEqualTo(401);
		assertThat(new Api(port, "wrong").get("/api/v1/accounts/" + karoolAccount).status()).isEqualTo(401);
	}

	private Api apiOf(TestUsers.Created user) {
		long municipality = jdbc.sql("select municipality_id from staff_user where id = ?").param(user.id())
			.query(Long.class).single();
		String secret = "test-" + user.username();
		tokens.create(user.id(), municipality, "test", secret);
		return new Api(port, secret);
	}
}
