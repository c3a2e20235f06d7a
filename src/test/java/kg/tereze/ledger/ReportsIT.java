package kg.tereze.ledger;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import kg.tereze.municipality.Enterprise;
import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.NewEnterprise;
import kg.tereze.shared.LocalizedName;
import kg.tereze.support.Api;
import kg.tereze.support.RunningApplication;
import kg.tereze.support.WebSession;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An enterprise's figures: billed against collected by month, village and service, who owes how much
 * since when (filtered, paged, exported), and the day's payments by channel; strangers see none of it.
 */
@RunningApplication
class ReportsIT {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Bishkek"));

	static final YearMonth THIS = YearMonth.from(TODAY);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Municipalities municipalities;

	Api accountant;

	long bookId;

	String a;

	String b;

	String base;

	@BeforeEach
	void setUp() {
		accountant = new Api(port, Api.demoToken("karool.accountant"));
		long karool = jdbc.sql("select id from municipality where code = 'KAR'").query(Long.class).single();
		String code = "R" + Long.toString(System.nanoTime(), 36).toUpperCase();
		Enterprise e = municipalities.registerEnterprise(karool, new NewEnterprise(code.substring(0, Math.min(16, code.length())),
				new LocalizedName("Суу " + code, "Вода " + code, "Water " + code), Enterprise.Kind.WATER, false));
		a = open(e.id(), "Мектеп");
		b = open(e.id(), "Бала бакча");
		bookId = jdbc.sql("select book_id from payer_account where number = ?").param(a).query(Long.class).single();
		String services = "/api/v1/billing/books/" + bookId;
		assertThat(accountant.post(services + "/services", "{\"code\": \"FEE\", \"nameKy\": \"Төлөм\", \"nameRu\": \"Абонплата\", \"basis\": \"FLAT\"}").status()).isEqualTo(201);
		accountant.post(services + "/services/FEE/tariffs", "{\"category\": \"BUDGET\", \"price\": \"400\", \"validFrom\": \"%s\"}"
			.formatted(THIS.minusMonths(2).atDay(1)));
		for (String n : new String[] { a, b }) {
			accountant.post("/api/v1/billing/accounts/" + n + "/subscriptions",
					"{\"service\": \"FEE\", \"startsOn\": \"%s\"}".formatted(THIS.minusMonths(2).atDay(1)));
		}
		for (YearMonth m : new YearMonth[] { THIS.minusMonths(2), THIS.minusMonths(1) }) {
			String run = accountant.post(services + "/runs", "{\"month\": \"%s\", \"mode\": \"COMMIT\"}".formatted(m)).json()
				.get("id").asString();
			await(run);
		}
		pay(a, "300");
		base = "/api/v1/reports/books/" + bookId;
	}

	String open(long enterpriseId, String name) {
		Api.Reply r = accountant.post("/api/v1/accounts", """
				{"enterpriseId": %d, "holderKind": "ORGANISATION", "category": "BUDGET", "holderName": "%s", "openedOn": "%s"}"""
			.formatted(enterpriseId, name, THIS.minusMonths(2).atDay(1)));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("number").asString();
	}

	void pay(String account, String amount) {
		Api agent = new Api(port, null);
		HttpRequest.Builder req = agent.builder("/api/v1/payments").header("Content-Type", "application/json")
			.header("Idempotency-Key", "report-" + account)
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("demo-terminal:demo".getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString("{\"account\": \"%s\", \"amount\": \"%s\"}".formatted(account, amount)));
		assertThat(agent.send(req).status()).isEqualTo(201);
	}

	void await(String run) {
		kg.tereze.support.Eventually.value("run " + run,
				() -> accountant.get("/api/v1/billing/runs/" + run).json().get("status").asString(), "DONE"::equals);
	}

	@Test
	void billedAndCollectedByMonthVillageAndServiceAndTheDaysCash() {
		JsonNode months = accountant.get(base + "/months").json();
		assertThat(months).hasSize(12);
		JsonNode last = months.get(10);
		assertThat(last.get("month").asString()).isEqualTo(THIS.minusMonths(1).toString());
		assertThat(last.get("billed").asString()).isEqualTo("800.00");
		JsonNode now = months.get(11);
		assertThat(now.get("collected").asString()).isEqualTo("300.00");
		assertThat(now.get("rate").isNull()).as("nothing billed this month").isTrue();

		JsonNode services = accountant.get(base + "/services?month=" + THIS.minusMonths(1)).json();
		assertThat(services.get(0).get("service").asString()).isEqualTo("FEE");
		assertThat(services.get(0).get("accounts").asLong()).isEqualTo(2);
		JsonNode villages = accountant.get(base + "/villages?month=" + THIS).json();
		assertThat(villages.get(0).get("collected").asString()).isEqualTo("300.00");

		JsonNode cash = accountant.get(base + "/cash?day=" + TODAY).json();
		assertThat(cash).hasSize(1);
		assertThat(cash.get(0).get("channel").asString()).isEqualTo("AGENT");
		assertThat(cash.get(0).get("payments").asLong()).isEqualTo(1);
		assertThat(cash.get(0).get("amount").asString()).isEqualTo("300.00");

		WebSession web = WebSession.signedIn(port, "karool.accountant", "demo");
		String page = web.get("/reports?book=" + bookId + "&month=" + THIS.minusMonths(1)).body();
		assertThat(page).contains("class=\"tz-columns\"").contains("Төлөм").doesNotContain(">FEE<");
		assertThat(web.get("/reports/cash?book=" + bookId + "&day=" + TODAY).body()).contains("id=\"cash-total\"");
	}

	@Test
	void debtorsOweTheBalanceSinceTheOldestUnpaidDebtFilteredPagedAndExported() {
		// 300 paid the oldest charge first: of A's 500, 100 is left of the first month, due on the 20th after it
		LocalDate oldest = THIS.minusMonths(1).atDay(20);
		long days = Math.max(0, ChronoUnit.DAYS.between(oldest, TODAY));
		JsonNode all = accountant.get(base + "/debtors").json();
		assertThat(all.get("total").asLong()).isEqualTo(2);
		assertThat(all.get("items").get(0).get("account").asString()).as("largest debt first").isEqualTo(b);
		JsonNode first = all.get("items").get(1);
		assertThat(first.get("debt").asString()).isEqualTo("500.00");
		assertThat(first.get("oldestDueOn").asString()).isEqualTo(oldest.toString());
		assertThat(first.get("daysOverdue").asLong()).isEqualTo(days);

		assertThat(accountant.get(base + "/debtors?minDebt=600").json().get("total").asLong()).isEqualTo(1);
		assertThat(accountant.get(base + "/debtors?minDays=" + (days + 1)).json().get("total").asLong()).isZero();
		assertThat(accountant.get(base + "/debtors?size=1&page=1").json().get("items")).hasSize(1);

		WebSession web = WebSession.signedIn(port, "karool.head", "demo");
		var xlsx = web.getBytes("/reports/debtors/export.xlsx?book=" + bookId + "&sort=NUMBER");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(2);
			assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(a.compareTo(b) < 0 ? a : b);
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
		String page = web.get("/reports/debtors?book=" + bookId + "&minDebt=abc").body();
		assertThat(page).contains("id=\"debtors-error\"").contains("value=\"abc\"");
	}

	@Test
	void badFiguresAreRefusedAndStrangersOrOtherRolesSeeNothing() {
		assertThat(accountant.get(base + "/debtors?minDebt=abc").status()).isEqualTo(400);
		assertThat(accountant.get(base + "/debtors?minDebt=-5").status()).isEqualTo(400);
		assertThat(accountant.get(base + "/debtors?minDays=x").status()).isEqualTo(400);
		assertThat(accountant.get(base + "/debtors?size=x").status()).isEqualTo(400);
		assertThat(accountant.get(base + "/villages?month=" + THIS.plusMonths(1)).status()).isEqualTo(400);
		assertThat(accountant.get(base + "/services?month=13-2026").status()).isEqualTo(400);
		assertThat(accountant.get(base + "/cash?day=yesterday").status()).isEqualTo(400);
		assertThat(accountant.get(base + "/cash?day=" + TODAY.plusDays(1)).status()).isEqualTo(400);

		for (String user : new String[] { "tazalyk.accountant", "razzakov.head" }) {
			Api other = new Api(port, Api.demoToken(user));
			assertThat(other.get(base + "/months").status()).as(user).isEqualTo(404);
			assertThat(other.get(base + "/debtors").status()).as(user).isEqualTo(404);
		}
		assertThat(WebSession.signedIn(port, "tazalyk.accountant", "demo").get("/reports?book=" + bookId).statusCode()).isEqualTo(404);
		Api clerk = new Api(port, Api.demoToken("karool.clerk"));
		assertThat(clerk.get(base + "/months").status()).isEqualTo(403);
		assertThat(clerk.get(base + "/cash?day=" + TODAY).status()).isEqualTo(403);
		Api cashier = new Api(port, Api.demoToken("karool.cashier"));
		assertThat(cashier.get(base + "/cash?day=" + TODAY).status()).isEqualTo(200);
		assertThat(cashier.get(base + "/debtors").status()).isEqualTo(403);
		assertThat(new Api(port, null).get(base + "/months").status()).isEqualTo(401);
	}
}
