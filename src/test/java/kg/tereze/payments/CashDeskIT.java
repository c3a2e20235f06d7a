package kg.tereze.payments;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import kg.tereze.support.PdfText;
import kg.tereze.support.Api;
import kg.tereze.support.RunningApplication;
import kg.tereze.support.TestUsers;
import kg.tereze.support.WebSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A cashier's day through the API: open, take cash with receipts, a double tap taken once, close with a count. */
@RunningApplication
class CashDeskIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	kg.tereze.identity.ApiTokens tokens;

	/** A fresh Karool cashier, so that every test has its own shift. */
	Api newCashier() {
		TestUsers.Created user = TestUsers.create(port, "karool.admin", "CASHIER");
		long m = jdbc.sql("select municipality_id from staff_user where id = ?").param(user.id()).query(Long.class).single();
		String secret = "test-" + user.username();
		tokens.create(user.id(), m, "test", secret);
		return new Api(port, secret);
	}

	String debtor() {
		return jdbc.sql("""
				select a.number from payer_account a join municipality m on m.id = a.municipality_id
				 where m.code = 'KAR' and (select sum(amount) from ledger_entry e where e.account_id = a.id) > 100000
				 order by a.id desc limit 1""").query(String.class).single();
	}

	Api.Reply pay(Api api, String key, String account, String amount) {
		return api.send(api.builder("/api/v1/cash/payments").header("Content-Type", "application/json")
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString("{\"account\": \"%s\", \"amount\": \"%s\"}".formatted(account, amount))));
	}

	String balance(Api api, String account) {
		return new Api(port, Api.demoToken("karool.accountant")).get("/api/v1/accounts/" + account).json()
			.get("account").get("balance").asString();
	}

	@Test
	void aCashierTakesCashWithAReceiptAndTheCountMatches() throws Exception {
		Api cashier = newCashier();
		String account = debtor();
		assertThat(pay(cashier, UUID.randomUUID().toString(), account, "100").json().get("errors").get(0).get("field")
			.asString()).as("no shift yet").isEqualTo("shift");
		assertThat(cashier.post("/api/v1/cash/shifts", "{\"openingFloat\": \"500\"}").status()).isEqualTo(201);
		assertThat(cashier.post("/api/v1/cash/shifts", "{\"openingFloat\": \"500\"}").status()).as("one open shift").isEqualTo(400);
		java.math.BigDecimal before = new java.math.BigDecimal(balance(cashier, account));

		Api.Reply paid = pay(cashier, UUID.randomUUID().toString(), account, "350.50");
		assertThat(paid.status()).as(paid.body()).isEqualTo(201);
		JsonNode receipt = paid.json();
		assertThat(receipt.get("number").asString()).matches("KAR-\\d{4}-K\\d{6}");
		assertThat(new java.math.BigDecimal(receipt.get("balanceAfter").asString()))
			.isEqualByComparingTo(before.subtract(new java.math.BigDecimal("350.50")));
		assertThat(new java.math.BigDecimal(balance(cashier, account))).isEqualByComparingTo(before.subtract(new java.math.BigDecimal("350.50")));

		String text = PdfText.of(cashier.getBytes(receipt.get("pdf80mm").asString()).body()).replaceAll("\\s+", " ");
		assertThat(text).contains(receipt.get("number").asString(), account, "350,50", "Төлөм дүмүрчөгү", "Квитанция об оплате");
		String a4 = PdfText.of(cashier.getBytes(receipt.get("pdfA4").asString()).body());
		assertThat(a4).contains(receipt.get("number").asString());

		assertThat(cashier.post("/api/v1/cash/shifts/current/close", "{\"counted\": \"800.50\"}").json()
			.get("errors").get(0).get("field").asString()).as("a difference needs a note").isEqualTo("note");
		JsonNode closed = cashier.post("/api/v1/cash/shifts/current/close", "{\"counted\": \"850.50\"}").json();
		assertThat(closed.get("expected").asString()).isEqualTo("850.50");
		assertThat(closed.get("difference").asString()).isEqualTo("0.00");
		assertThat(cashier.get("/api/v1/cash/shifts/current").status()).isEqualTo(404);
	}

	@Test
	void theSamePaymentSentTwiceAtOnceIsTakenOnceWithOneReceipt() throws Exception {
		Api cashier = newCashier();
		cashier.post("/api/v1/cash/shifts", "{\"openingFloat\": \"0\"}");
		String account = debtor();
		String key = UUID.randomUUID().toString();
		long receiptsBefore = jdbc.sql("select count(*) from payment").query(Long.class).single();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Callable<Api.Reply>> same = List.of(() -> pay(cashier, key, account, "75"), () -> pay(cashier, key, account, "75"),
				() -> pay(cashier, key, account, "75"), () -> pay(cashier, key, account, "75"));
		List<String> numbers = new java.util.ArrayList<>();
		for (Future<Api.Reply> f : pool.invokeAll(same)) {
			assertThat(f.get().status()).as(f.get().body()).isIn(200, 201);
			numbers.add(f.get().json().get("number").asString());
		}
		pool.shutdown();
		assertThat(numbers).containsOnly(numbers.get(0));
		assertThat(jdbc.sql("select count(*) from payment").query(Long.class).single()).isEqualTo(receiptsBefore + 1);
		assertThat(pay(cashier, key, account, "76").status()).as("the key with another sum").isEqualTo(400);

		Api.Reply next = pay(cashier, UUID.randomUUID().toString(), account, "1");
		String first = numbers.get(0);
		String second = next.json().get("number").asString();
		assertThat(Integer.parseInt(second.substring(second.length() - 6)))
			.as("receipt numbers have no gaps").isEqualTo(Integer.parseInt(first.substring(first.length() - 6)) + 1 + otherReceiptsBetween(first, second));
	}

	private int otherReceiptsBetween(String first, String second) {
		return jdbc.sql("select count(*) from payment where receipt_number > ? and receipt_number < ?").params(first, second)
			.query(Integer.class).single();
	}

	@Test
	void badCashGetsAClearErrorAndTakesNothing() {
		Api cashier = newCashier();
		cashier.post("/api/v1/cash/shifts", "{\"openingFloat\": \"0\"}");
		String account = debtor();
		long before = jdbc.sql("select count(*) from ledger_entry").query(Long.class).single();
		String[][] cases = { { "0", "amount" }, { "-10", "amount" }, { "10.005", "amount" }, { "abc", "amount" },
				{ "2000000", "amount" } };
		for (String[] c : cases) {
			Api.Reply r = pay(cashier, UUID.randomUUID().toString(), account, c[0]);
			assertThat(r.status()).as(c[0]).isEqualTo(400);
			assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo(c[1]);
		}
		assertThat(pay(cashier, UUID.randomUUID().toString(), "12345678", "10").status()).as("bad check digit").isEqualTo(400);
		assertThat(pay(cashier, UUID.randomUUID().toString(), "1000000", "10").status()).isEqualTo(400);
		assertThat(cashier.send(cashier.builder("/api/v1/cash/payments").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"account\": \"" + account + "\", \"amount\": \"10\"}"))).status())
			.as("no Idempotency-Key").isEqualTo(400);
		assertThat(cashier.post("/api/v1/cash/payments", "{oops").status()).isEqualTo(400);
		assertThat(jdbc.sql("select count(*) from ledger_entry").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void onlyCashiersAndControllersOfTheMunicipalityTakeCash() {
		String account = debtor();
		for (String user : new String[] { "karool.clerk", "karool.accountant", "karool.head", "karool.auditor" }) {
			Api api = new Api(port, Api.demoToken(user));
			assertThat(api.post("/api/v1/cash/shifts", "{\"openingFloat\": \"0\"}").status()).as(user).isEqualTo(403);
			assertThat(pay(api, UUID.randomUUID().toString(), account, "1").status()).as(user).isEqualTo(403);
			assertThat(WebSession.signedIn(port, user, "demo").get("/cash").statusCode()).as(user).isEqualTo(403);
		}
		Api tazalyk = new Api(port, Api.demoToken("tazalyk.cashier"));
		tazalyk.post("/api/v1/cash/shifts", "{\"openingFloat\": \"0\"}");
		assertThat(pay(tazalyk, UUID.randomUUID().toString(), account, "1").status()).as("another municipality's account").isEqualTo(404);
		String receipt = jdbc.sql("""
				select p.receipt_number from payment p join municipality m on m.id = p.municipality_id where m.code = 'KAR' limit 1""")
			.query(String.class).optional().orElse("KAR-2026-K000001");
		assertThat(tazalyk.get("/api/v1/cash/receipts/" + receipt).status()).isEqualTo(404);
		assertThat(tazalyk.get("/api/v1/cash/receipts/" + receipt + "/pdf").status()).isEqualTo(404);
		WebSession web = WebSession.signedIn(port, "tazalyk.cashier", "demo");
		assertThat(web.get("/cash/receipts/" + receipt).statusCode()).isEqualTo(404);
		assertThat(web.get("/cash?account=" + account).statusCode()).isEqualTo(404);
	}

	@Test
	void theCashPageKeepsWhatWasTypedWhenTheAmountIsWrong() {
		TestUsers.Created user = TestUsers.create(port, "karool.admin", "CASHIER");
		WebSession web = WebSession.signedIn(port, user.username(), TestUsers.PASSWORD);
		web.get("/cash");
		assertThat(web.post("/cash/shift", Map.of("openingFloat", "100")).statusCode()).isEqualTo(302);
		String account = debtor();
		var page = web.get("/cash?account=" + account);
		assertThat(page.body()).contains("pay-form");
		var bad = web.post("/cash/payments", Map.of("account", account, "amount", "12,345", "payerName", "Асель Токтосунова",
				"key", UUID.randomUUID().toString()));
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("value=\"12,345\"", "value=\"Асель Токтосунова\"");
		var good = web.post("/cash/payments", Map.of("account", account, "amount", "120", "payerName", "Асель Токтосунова",
				"key", UUID.randomUUID().toString()));
		assertThat(good.statusCode()).isEqualTo(302);
		assertThat(good.headers().firstValue("Location").orElseThrow()).contains("/cash/receipts/KAR-");
	}
}
