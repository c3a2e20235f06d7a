package kg.tereze.payments;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import kg.tereze.support.Api;
import kg.tereze.support.PdfText;
import kg.tereze.support.RunningApplication;
import kg.tereze.support.TestUsers;
import kg.tereze.support.WebSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refund of an overpayment in two hands: the accountant authorises it against the credit, a cashier pays it
 * out of the shift with a voucher; the ledger and the drawer move only then.
 */
@RunningApplication
class RefundsIT {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Bishkek"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	kg.tereze.identity.ApiTokens tokens;

	Api accountant() {
		return new Api(port, Api.demoToken("karool.accountant"));
	}

	Api newCashier() {
		TestUsers.Created user = TestUsers.create(port, "karool.admin", "CASHIER");
		long m = jdbc.sql("select municipality_id from staff_user where id = ?").param(user.id()).query(Long.class).single();
		String secret = "test-" + user.username();
		tokens.create(user.id(), m, "test", secret);
		return new Api(port, secret);
	}

	/** A new account of Karool's water enterprise that paid 500 som it did not owe. */
	String accountInCredit(Api cashier) {
		long enterprise = jdbc.sql("select id from enterprise where code = 'KAROOLSUU'").query(Long.class).single();
		Api.Reply opened = accountant().post("/api/v1/accounts", """
				{"enterpriseId": %d, "holderKind": "ORGANISATION", "category": "BUDGET", "holderName": "Кароол ФАП",
				 "address": "Ленин, 5", "openedOn": "%s"}""".formatted(enterprise, TODAY));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		String number = opened.json().get("number").asString();
		Api.Reply paid = cashier.send(cashier.builder("/api/v1/cash/payments").header("Content-Type", "application/json")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.POST(HttpRequest.BodyPublishers.ofString("{\"account\": \"%s\", \"amount\": \"500\"}".formatted(number))));
		assertThat(paid.status()).as(paid.body()).isEqualTo(201);
		return number;
	}

	Api.Reply authorise(Api api, String key, String account, String amount, String reason) {
		return api.send(api.builder("/api/v1/refunds").header("Content-Type", "application/json").header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"account": "%s", "amount": "%s", "reason": %s, "basis": "Арыз № 12", "recipientName": "Асанов Бакыт"}"""
				.formatted(account, amount, reason == null ? "null" : "\"" + reason + "\""))));
	}

	String balance(String account) {
		return accountant().get("/api/v1/accounts/" + account).json().get("account").get("balance").asString();
	}

	long refunds() {
		return jdbc.sql("select count(*) from refund").query(Long.class).single();
	}

	String field(Api.Reply r) {
		return r.json().get("errors").get(0).get("field").asString();
	}

	@Test
	void theAccountantAuthorisesAndTheCashierPaysOutWithAVoucher() throws Exception {
		Api cashier = newCashier();
		assertThat(cashier.post("/api/v1/cash/shifts", "{\"openingFloat\": \"1000\"}").status()).isEqualTo(201);
		String account = accountInCredit(cashier);
		assertThat(balance(account)).isEqualTo("-500.00");

		String key = UUID.randomUUID().toString();
		Api.Reply first = authorise(accountant(), key, account, "300", "Ашыкча төлөнгөн");
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		JsonNode refund = first.json();
		String number = refund.get("number").asString();
		assertThat(number).matches("KAR-\\d{4}-V\\d{6}");
		assertThat(refund.get("status").asString()).isEqualTo("AUTHORISED");
		assertThat(authorise(accountant(), key, account, "300", "Ашыкча төлөнгөн").json().get("number").asString())
			.as("the same key answers the same refund").isEqualTo(number);
		assertThat(balance(account)).as("nothing moves before the payout").isEqualTo("-500.00");
		assertThat(field(authorise(accountant(), UUID.randomUUID().toString(), account, "100", "again")))
			.as("one waiting refund per account").isEqualTo("account");

		Api.Reply waiting = cashier.get("/api/v1/refunds?status=AUTHORISED");
		assertThat(waiting.json().findValuesAsString("number")).as(waiting.body()).contains(number);
		Api.Reply paid = cashier.post("/api/v1/refunds/" + number + "/payout", "{\"recipientDocument\": \"ID 1234567\"}");
		assertThat(paid.status()).as(paid.body()).isEqualTo(200);
		assertThat(paid.json().get("status").asString()).isEqualTo("PAID");
		assertThat(balance(account)).isEqualTo("-200.00");
		JsonNode shift = cashier.get("/api/v1/cash/shifts/current").json();
		assertThat(shift.get("paidOut").asString()).isEqualTo("300.00");
		assertThat(shift.get("inDrawer").asString()).as("1000 + 500 taken - 300 paid out").isEqualTo("1200.00");
		assertThat(jdbc.sql("""
				select count(*) from ledger_entry where reference = ? and kind = 'REFUND' and amount = 30000""")
			.param(number).query(Long.class).single()).isEqualTo(1);

		long book = jdbc.sql("select book_id from payer_account where number = ?").param(account).query(Long.class).single();
		JsonNode cash = accountant().get("/api/v1/reports/books/" + book + "/cash?day=" + TODAY).json();
		long refunded = 0;
		for (JsonNode line : cash) {
			refunded += line.get("refunds").asLong();
		}
		assertThat(refunded).as("the daily cash report counts the refund paid out").isPositive();

		String pdf = PdfText.of(cashier.getBytes("/api/v1/refunds/" + number + "/voucher.pdf?format=A4").body());
		assertThat(pdf).contains("Расходный кассовый ордер", "Чыгым кассалык ордери", number, "Асанов Бакыт", "ID 1234567", "300,00");

		assertThat(field(cashier.post("/api/v1/refunds/" + number + "/payout", "{\"recipientDocument\": \"ID 1\"}")))
			.as("paid once").isEqualTo("refund");
		WebSession office = WebSession.signedIn(port, "karool.accountant", "demo");
		assertThat(office.get("/refunds?status=PAID&sort=AMOUNT").body()).contains(number);
		assertThat(office.get("/refunds?sort=NOSUCH").statusCode()).isEqualTo(400);
		var xlsx = office.getBytes("/refunds/export.xlsx?status=PAID");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		assertThat(new String(xlsx.body(), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).as("a zip: XLSX").isEqualTo("PK");
		assertThat(balance(account)).isEqualTo("-200.00");
		assertThat(cashier.post("/api/v1/cash/shifts/current/close", "{\"counted\": \"1200\"}").json().get("difference")
			.asString()).isEqualTo("0.00");
	}

	@Test
	void aRefundIsRefusedBeyondTheCreditAndCancelledWithAReason() {
		Api cashier = newCashier();
		assertThat(cashier.post("/api/v1/cash/shifts", "{\"openingFloat\": \"0\"}").status()).isEqualTo(201);
		String account = accountInCredit(cashier);
		long before = refunds();
		assertThat(field(authorise(accountant(), UUID.randomUUID().toString(), account, "500.01", "x"))).isEqualTo("amount");
		assertThat(field(authorise(accountant(), UUID.randomUUID().toString(), account, "0", "x"))).isEqualTo("amount");
		assertThat(field(authorise(accountant(), UUID.randomUUID().toString(), account, "1.005", "x"))).isEqualTo("amount");
		assertThat(field(authorise(accountant(), UUID.randomUUID().toString(), account, "100", null))).isEqualTo("reason");
		assertThat(authorise(accountant(), UUID.randomUUID().toString(), "12345678", "100", "x").status()).isIn(400, 404);
		assertThat(refunds()).as("nothing was authorised").isEqualTo(before);

		String number = authorise(accountant(), UUID.randomUUID().toString(), account, "500", "x").json().get("number").asString();
		// the credit is used up by a charge before the payout: the cashier cannot pay it out
		Api.Reply charged = accountant().send(accountant().builder("/api/v1/accounts/" + account + "/entries")
			.header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"kind": "CHARGE", "amount": "450", "bookedOn": "%s", "serviceCode": "WATER"}""".formatted(TODAY))));
		assertThat(charged.status()).as(charged.body()).isEqualTo(201);
		Api.Reply refused = cashier.post("/api/v1/refunds/" + number + "/payout", "{\"recipientDocument\": \"ID 7\"}");
		assertThat(field(refused)).as("no drawer and no credit left").isIn("refund", "amount");
		assertThat(field(cashier.post("/api/v1/refunds/" + number + "/payout", "{\"recipientDocument\": \" \"}")))
			.isEqualTo("recipientDocument");
		assertThat(balance(account)).isEqualTo("-50.00");

		assertThat(field(accountant().post("/api/v1/refunds/" + number + "/cancel", "{\"reason\": \"\"}"))).isEqualTo("cancelReason");
		Api.Reply cancelled = accountant().post("/api/v1/refunds/" + number + "/cancel", "{\"reason\": \"Эсеп кайра эсептелди\"}");
		assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
		assertThat(field(cashier.post("/api/v1/refunds/" + number + "/payout", "{\"recipientDocument\": \"ID 7\"}")))
			.isEqualTo("refund");
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'refund' and entity_id = ?").param(number)
			.query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void onlyTheRightHandsAndTheRightMunicipality() {
		Api cashier = newCashier();
		assertThat(cashier.post("/api/v1/cash/shifts", "{\"openingFloat\": \"0\"}").status()).isEqualTo(201);
		String account = accountInCredit(cashier);
		assertThat(authorise(cashier, UUID.randomUUID().toString(), account, "100", "x").status())
			.as("a cashier does not authorise").isEqualTo(403);
		String number = authorise(accountant(), UUID.randomUUID().toString(), account, "100", "x").json().get("number").asString();
		assertThat(accountant().post("/api/v1/refunds/" + number + "/payout", "{\"recipientDocument\": \"ID 1\"}").status())
			.as("an accountant does not pay out").isEqualTo(403);
		assertThat(new Api(port, Api.demoToken("karool.clerk")).get("/api/v1/refunds").status()).isEqualTo(403);
		assertThat(new Api(port, Api.demoToken("karool.controller")).get("/api/v1/refunds").status()).isEqualTo(403);
		Api other = new Api(port, Api.demoToken("tazalyk.accountant"));
		assertThat(other.get("/api/v1/refunds/" + number).status()).as("another municipality").isEqualTo(404);
		assertThat(other.post("/api/v1/refunds/" + number + "/cancel", "{\"reason\": \"x\"}").status()).isEqualTo(404);
		assertThat(other.get("/api/v1/refunds").json().findValuesAsString("number")).doesNotContain(number);
		Api auditor = new Api(port, Api.demoToken("karool.auditor"));
		assertThat(auditor.get("/api/v1/refunds/" + number).status()).isEqualTo(200);
		assertThat(auditor.post("/api/v1/refunds/" + number + "/cancel", "{\"reason\": \"x\"}").status()).isEqualTo(403);
		assertThat(new Api(port, Api.demoToken("karool.head")).get("/api/v1/refunds?status=nonsense").status()).isEqualTo(400);

		// the same through the pages
		assertThat(WebSession.signedIn(port, "karool.clerk", "demo").get("/refunds").statusCode()).isEqualTo(403);
		WebSession karoolCashier = WebSession.signedIn(port, "karool.cashier", "demo");
		karoolCashier.get("/refunds");
		assertThat(karoolCashier.post("/refunds", java.util.Map.of("account", account, "amount", "10", "reason", "x",
				"basis", "x", "recipientName", "x")).statusCode()).as("a cashier does not authorise").isEqualTo(403);
		WebSession tazalyk = WebSession.signedIn(port, "tazalyk.cashier", "demo");
		assertThat(tazalyk.get("/refunds/" + number).statusCode()).isEqualTo(404);
		tazalyk.get("/cash");
		assertThat(tazalyk.post("/refunds/" + number + "/payout", java.util.Map.of("recipientDocument", "ID 1")).statusCode())
			.isEqualTo(404);
		assertThat(tazalyk.getBytes("/refunds/" + number + "/pdf").statusCode()).isEqualTo(404);
		assertThat(tazalyk.get("/refunds").body()).doesNotContain(number);
		assertThat(auditor.get("/api/v1/refunds/" + number).json().get("status").asString()).isEqualTo("AUTHORISED");
	}
}
