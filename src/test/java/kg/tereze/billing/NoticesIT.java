package kg.tereze.billing;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;

import kg.tereze.municipality.Municipalities;
import kg.tereze.support.Api;
import kg.tereze.support.PdfText;
import kg.tereze.support.QrInPdf;
import kg.tereze.support.RunningApplication;
import kg.tereze.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static kg.tereze.billing.BillingFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Monthly notices: what was owed, charged, paid and corrected in the month and what is due, in Kyrgyz
 * and Russian with a QR code a phone reads back; printed in bulk for a village in the background.
 */
@RunningApplication
class NoticesIT {

	static final YearMonth THIS = YearMonth.from(TODAY);

	static final YearMonth LAST = THIS.minusMonths(1);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Municipalities municipalities;

	BillingFixture f;

	String account;

	@BeforeEach
	void setUp() {
		f = new BillingFixture(port, jdbc, municipalities);
		f.service("FEE", "FLAT");
		f.tariff("FEE", "BUDGET", "400", LAST.minusMonths(1).atDay(1), null);
		account = f.openAccount("ORGANISATION", "BUDGET", null, "Мектеп-гимназия", LAST.minusMonths(1).atDay(1));
		f.subscribe(account, "FEE", LAST.minusMonths(1).atDay(1), null, null);
		f.run(LAST.minusMonths(1).toString(), "COMMIT");
		f.run(LAST.toString(), "COMMIT");
	}

	void pay(String amount) {
		Api agent = new Api(port, null);
		HttpRequest.Builder b = agent.builder("/api/v1/payments").header("Content-Type", "application/json")
			.header("Idempotency-Key", "notice-" + account + "-" + amount)
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("demo-terminal:demo".getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString("{\"account\": \"%s\", \"amount\": \"%s\"}".formatted(account, amount)));
		assertThat(agent.send(b).status()).isEqualTo(201);
	}

	@Test
	void aNoticeShowsTheMonthFromWhatWasOwedToWhatIsDueInBothLanguagesWithAReadableQrCode() {
		JsonNode last = f.accountant.get("/api/v1/billing/accounts/" + account + "/notices/" + LAST).json();
		assertThat(last.get("broughtForward").asString()).isEqualTo("400.00");
		assertThat(last.get("charges").get(0).get("service").asString()).isEqualTo("FEE");
		assertThat(last.get("charges").get(0).get("amount").asString()).isEqualTo("400.00");
		assertThat(last.get("due").asString()).isEqualTo("800.00");
		assertThat(last.get("dueOn").asString()).isEqualTo(THIS.atDay(20).toString());

		pay("300");
		Api.Reply adjusted = f.accountant.post("/api/v1/accounts/" + account + "/entries",
				"{\"kind\": \"ADJUSTMENT\", \"amount\": \"-50\", \"bookedOn\": \"%s\", \"memo\": \"Перерасчёт\"}".formatted(TODAY));
		assertThat(adjusted.status()).as(adjusted.body()).isEqualTo(201);
		JsonNode now = f.accountant.get("/api/v1/billing/accounts/" + account + "/notices/" + THIS).json();
		assertThat(now.get("broughtForward").asString()).isEqualTo("800.00");
		assertThat(now.get("charges")).isEmpty();
		assertThat(now.get("paid").asString()).isEqualTo("300.00");
		assertThat(now.get("corrected").asString()).isEqualTo("-50.00");
		assertThat(now.get("due").asString()).isEqualTo("450.00");

		byte[] pdf = f.accountant.getBytes("/api/v1/billing/accounts/" + account + "/notices/" + THIS + "/pdf").body();
		String text = PdfText.of(pdf);
		assertThat(text).contains("Эсеп-дүмүрчөк").contains("Счёт-квитанция").contains(account).contains("Мектеп-гимназия")
			.contains("Төлөнө турган сумма").contains("К оплате").contains("450,00").contains("300,00");
		assertThat(QrInPdf.texts(pdf)).containsExactly("TEREZE|ACC=" + account + "|SUM=450.00|M=" + THIS);
		byte[] slip = f.accountant.getBytes("/api/v1/billing/accounts/" + account + "/notices/" + THIS + "/pdf?format=RECEIPT_80MM").body();
		assertThat(QrInPdf.pages(slip)).isEqualTo(1);

		WebSession web = WebSession.signedIn(port, "karool.cashier", "demo");
		HttpResponse<String> page = web.get("/billing/accounts/" + account + "/notice?month=" + THIS + "&format=A4");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
	}

	@Test
	void theNoticesOfAVillageArePreparedInTheBackgroundThreeToASheetOrOneToASlip() {
		long village = jdbc.sql("""
				select v.id from village v join municipality m on m.id = v.municipality_id where m.code = 'KAR' order by v.id limit 1""")
			.query(Long.class).single();
		for (int i = 0; i < 4; i++) {
			long household = f.household(2 + i % 3);
			String n = f.openAccount("HOUSEHOLD", "HOUSEHOLD", household, "Үй " + i, LAST.atDay(1));
			jdbc.sql("update payer_account set village_id = ? where number = ?").params(village, n).update();
			f.subscribe(n, "FEE", LAST.atDay(1), null, null);
		}
		int accounts = jdbc.sql("""
				select count(*) from payer_account a where a.book_id = ? and a.village_id = ?
				   and exists (select 1 from billing_subscription s where s.account_id = a.id)""")
			.params(f.bookId, village).query(Integer.class).single();
		assertThat(accounts).isEqualTo(4);

		for (String format : List.of("A4", "RECEIPT_80MM")) {
			Api.Reply started = f.accountant.post("/api/v1/billing/books/" + f.bookId + "/notices",
					"{\"month\": \"%s\", \"villageId\": %d, \"format\": \"%s\"}".formatted(LAST, village, format));
			assertThat(started.status()).as(started.body()).isEqualTo(202);
			JsonNode batch = await(started.json().get("id").asString());
			assertThat(batch.get("status").asString()).as(batch.toString()).isEqualTo("DONE");
			assertThat(batch.get("total").asInt()).isEqualTo(4);
			byte[] pdf = f.accountant.getBytes(batch.get("pdfUrl").asString()).body();
			assertThat(QrInPdf.pages(pdf)).isEqualTo(format.equals("A4") ? 2 : 4);
			kg.tereze.support.Browser.keep(pdf, "notices-" + format + ".pdf");
			assertThat(QrInPdf.texts(pdf)).hasSize(4).allMatch(q -> q.startsWith("TEREZE|ACC="));
		}
		WebSession controller = WebSession.signedIn(port, "karool.controller", "demo");
		assertThat(controller.get("/billing/notices?book=" + f.bookId).body()).contains("id=\"batches\"");
	}

	@Test
	void badRequestsForNoticesAreRefusedClearlyAndStrangersGetNothing() {
		String base = "/api/v1/billing/accounts/" + account + "/notices/";
		assertThat(f.accountant.get(base + THIS.plusMonths(1)).status()).isEqualTo(400);
		assertThat(f.accountant.get(base + "2026-13").status()).isEqualTo(400);
		assertThat(f.accountant.get(base + THIS + "/pdf?format=A5").status()).isEqualTo(400);
		long batches = jdbc.sql("select count(*) from billing_notice_batch").query(Long.class).single();
		String start = "/api/v1/billing/books/" + f.bookId + "/notices";
		long otherVillage = jdbc.sql("""
				select v.id from village v join municipality m on m.id = v.municipality_id where m.code <> 'KAR' limit 1""")
			.query(Long.class).single();
		Api.Reply stranger = f.accountant.post(start, "{\"month\": \"%s\", \"villageId\": %d}".formatted(LAST, otherVillage));
		assertThat(stranger.status()).isEqualTo(400);
		assertThat(stranger.json().get("errors").get(0).get("field").asString()).isEqualTo("village");
		assertThat(f.accountant.post(start, "{\"month\": \"next\"}").status()).isEqualTo(400);
		assertThat(f.accountant.post(start, "{\"month\": \"%s\", \"format\": \"A5\"}".formatted(LAST)).status()).isEqualTo(400);

		Api other = new Api(port, Api.demoToken("tazalyk.accountant"));
		assertThat(other.get(base + LAST).status()).isEqualTo(404);
		assertThat(other.post(start, "{\"month\": \"%s\"}".formatted(LAST)).status()).isEqualTo(404);
		Api clerk = new Api(port, Api.demoToken("karool.clerk"));
		assertThat(clerk.get(base + LAST).status()).isEqualTo(403);
		Api cashier = new Api(port, Api.demoToken("karool.cashier"));
		assertThat(cashier.get(base + LAST).status()).isEqualTo(200);
		assertThat(cashier.post(start, "{\"month\": \"%s\"}".formatted(LAST)).status()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from billing_notice_batch").query(Long.class).single()).isEqualTo(batches);

		String id = f.accountant.post(start, "{\"month\": \"%s\"}".formatted(LAST)).json().get("id").asString();
		await(id);
		assertThat(other.get("/api/v1/billing/notices/" + id).status()).isEqualTo(404);
		assertThat(other.getBytes("/api/v1/billing/notices/" + id + "/pdf").statusCode()).isEqualTo(404);
		assertThat(WebSession.signedIn(port, "tazalyk.accountant", "demo").get("/billing/notices/" + id).statusCode())
			.isEqualTo(404);
	}

	JsonNode await(String id) {
		return kg.tereze.support.Eventually.value("batch " + id, () -> f.accountant.get("/api/v1/billing/notices/" + id).json(),
				BillingFixture::finished);
	}
}
