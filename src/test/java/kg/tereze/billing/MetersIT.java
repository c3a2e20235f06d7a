package kg.tereze.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import kg.tereze.municipality.Municipalities;
import kg.tereze.support.Api;
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
 * Metered water: a meter is put in, read, billed by what it shows; a month without a reading is billed
 * on the average and the next reading settles it; readings that break the rules are refused, unusual
 * ones flagged, and a reading sent twice is stored once.
 */
@RunningApplication
class MetersIT {

	static final YearMonth M1 = YearMonth.from(TODAY).minusMonths(3);

	static final YearMonth M2 = M1.plusMonths(1);

	static final YearMonth M3 = M2.plusMonths(1);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Municipalities municipalities;

	BillingFixture f;

	String account;

	String meters;

	@BeforeEach
	void setUp() {
		f = new BillingFixture(port, jdbc, municipalities);
		f.service("WATER_M3", "PER_M3");
		f.service("FEE", "FLAT");
		assertThat(f.tariff("WATER_M3", "HOUSEHOLD", "10.45", M1.atDay(1), null).status()).isEqualTo(201);
		account = f.openAccount("HOUSEHOLD", "HOUSEHOLD", f.household(3), "Осмонова Гүлзат", M1.atDay(1));
		assertThat(f.subscribe(account, "WATER_M3", M1.atDay(1), null, null).status()).isEqualTo(201);
		meters = "/api/v1/billing/accounts/" + account + "/meters";
	}

	long install(String number, LocalDate on, String initial) {
		Api.Reply r = f.accountant.post(meters, """
				{"service": "WATER_M3", "number": "%s", "installedOn": "%s", "initialValue": %s, "verifiedUntil": "%s"}"""
			.formatted(number, on, initial, on.plusYears(6)));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asLong();
	}

	Api.Reply read(Api api, long meter, LocalDate on, String value, String key) {
		HttpRequest.Builder b = api.builder(meters + "/" + meter + "/readings").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"readOn\": \"%s\", \"value\": %s}".formatted(on, value)));
		if (key != null) {
			b.header("Idempotency-Key", key);
		}
		return api.send(b);
	}

	long metered(String kind) {
		return jdbc.sql("""
				select coalesce(sum(e.amount), 0) from ledger_entry e join payer_account a on a.id = e.account_id
				 where a.number = ? and e.kind = ? and e.service_code = 'WATER_M3'""")
			.params(account, kind).query(Long.class).single();
	}

	long readings() {
		return jdbc.sql("select count(*) from billing_reading where book_id = ?").param(f.bookId).query(Long.class).single();
	}

	@Test
	void aMonthIsBilledByTheMeterAMonthWithoutAReadingOnTheAverageAndTheNextReadingSettlesIt() {
		long meter = install("ks-1001", M1.atDay(1), "100");
		LocalDate firstRead = M1.atDay(25);
		assertThat(read(f.accountant, meter, firstRead, "110.5", null).status()).isEqualTo(201);

		assertThat(f.run(M1.toString(), "COMMIT").get("lines").asLong()).isEqualTo(1);
		assertThat(metered("CHARGE")).as("10.5 m³ at 10.45").isEqualTo(10973);

		// no reading in the second month: the average day (10.5 m³ over 24 days) times its days
		BigDecimal estimate = new BigDecimal("10.5").divide(BigDecimal.valueOf(24), 20, RoundingMode.HALF_UP)
			.multiply(BigDecimal.valueOf(M2.lengthOfMonth())).setScale(3, RoundingMode.HALF_UP);
		JsonNode preview = f.run(M2.toString(), "PREVIEW");
		assertThat(new BigDecimal(preview.get("totals").get("services").get(0).get("quantity").asString()))
			.isEqualByComparingTo(estimate);
		f.run(M2.toString(), "COMMIT");
		long estimated = estimate.multiply(BigDecimal.valueOf(1045)).setScale(0, RoundingMode.HALF_UP).longValue();
		assertThat(metered("CHARGE")).isEqualTo(10973 + estimated);

		// the third month's reading is below the estimate: the difference comes back as a credit
		assertThat(read(f.accountant, meter, M3.atDay(10), "112.5", null).status()).isEqualTo(201);
		f.run(M3.toString(), "COMMIT");
		BigDecimal settled = new BigDecimal("112.5").subtract(new BigDecimal("110.5").add(estimate));
		assertThat(metered("ADJUSTMENT"))
			.isEqualTo(settled.multiply(BigDecimal.valueOf(1045)).setScale(0, RoundingMode.HALF_UP).longValue());
		assertThat(metered("CHARGE") + metered("ADJUSTMENT")).as("in the end the dial is billed: 12.5 m³, to a tyiyn of rounding")
			.isCloseTo(13063, org.assertj.core.data.Offset.offset(1L));

		assertThat(f.run(M3.toString(), "COMMIT").get("lines").asLong()).as("billed once").isZero();
		assertThat(f.accountant.get(meters).json().get(0).get("number").asString()).isEqualTo("KS-1001");
		WebSession web = WebSession.signedIn(port, "karool.accountant", "demo");
		String page = web.get("/billing/accounts/" + account + "/meters/" + meter).body();
		assertThat(page).contains("id=\"use-chart\"").contains("112,5");
	}

	@Test
	void aReplacedMeterIsBilledToItsLastReadingAndTheNewOneFromItsOwnDial() {
		long old = install("A-1", M1.atDay(1), "500");
		read(f.accountant, old, M1.atDay(20), "505", null);
		f.run(M1.toString(), "COMMIT");
		Api.Reply replaced = f.accountant.post(meters + "/" + old + "/replace", """
				{"removedOn": "%s", "finalValue": 507, "next": {"number": "B-2", "initialValue": 0}}""".formatted(M2.atDay(10)));
		assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
		long next = f.accountant.get(meters).json().get(0).get("id").asLong();
		assertThat(read(f.accountant, next, M2.atDay(28), "3", null).status()).isEqualTo(201);
		f.run(M2.toString(), "COMMIT");
		assertThat(metered("CHARGE")).as("5 m³, then 2 + 3 m³").isEqualTo(5225 + 5225);

		// taken out inside a month already billed: its last stretch (3 → 4) is billed with the next month
		Api.Reply late = f.accountant.post(meters + "/" + next + "/replace", """
				{"removedOn": "%s", "finalValue": 4}""".formatted(M2.atDay(29)));
		assertThat(late.status()).as(late.body()).isEqualTo(200);
		f.run(M3.toString(), "COMMIT");
		assertThat(metered("CHARGE")).isEqualTo(5225 + 5225 + 1045);
		f.run(M3.plusMonths(1).toString(), "COMMIT");
		assertThat(metered("CHARGE")).as("and never again").isEqualTo(5225 + 5225 + 1045);
		assertThat(read(f.accountant, old, M2.atDay(20), "600", null).status()).as("a meter taken out").isEqualTo(400);
	}

	@Test
	void readingsThatBreakTheRulesAreRefusedAndNothingIsStored() {
		long meter = install("C-3", M1.atDay(1), "100");
		assertThat(read(f.accountant, meter, M1.atDay(20), "120", null).status()).isEqualTo(201);
		long before = readings();
		Map<String, String[]> bad = Map.of(
				"lower", new String[] { M2.atDay(1).toString(), "119.999", "value" },
				"before the last", new String[] { M1.atDay(19).toString(), "130", "readOn" },
				"future", new String[] { TODAY.plusDays(1).toString(), "130", "readOn" },
				"four decimals", new String[] { M2.atDay(1).toString(), "130.0001", "value" },
				"negative", new String[] { M2.atDay(1).toString(), "-1", "value" });
		bad.forEach((what, v) -> {
			Api.Reply r = read(f.accountant, meter, LocalDate.parse(v[0]), v[1], null);
			assertThat(r.status()).as(what + " " + r.body()).isEqualTo(400);
			assertThat(r.json().get("errors").get(0).get("field").asString()).as(what).isEqualTo(v[2]);
		});
		Api.Reply garbage = f.accountant.post(meters + "/" + meter + "/readings", "{\"readOn\": \"yesterday\", \"value\": \"x\"}");
		assertThat(garbage.status()).isEqualTo(400);
		assertThat(f.accountant.post(meters + "/" + meter + "/readings", "{\"readOn\": \"" + TODAY + "\"}").status())
			.as("no value").isEqualTo(400);
		assertThat(f.accountant.post(meters + "/999999999/readings", "{\"readOn\": \"" + TODAY + "\", \"value\": 1}").status())
			.isEqualTo(404);
		assertThat(readings()).isEqualTo(before);

		// 20 m³ in 19 days, then 100 m³ in 10: far over three times the average, kept and flagged
		Api.Reply unusual = read(f.accountant, meter, M1.atDay(28), "220", null);
		assertThat(unusual.status()).isEqualTo(201);
		assertThat(unusual.json().get("flagged").asBoolean()).isTrue();
		WebSession web = WebSession.signedIn(port, "karool.accountant", "demo");
		assertThat(web.get("/billing/readings?book=" + f.bookId).body()).contains(account).contains("C-3");
	}

	@Test
	void aReadingSentTwiceUnderOneKeyIsStoredOnceAndTheKeyCannotCarryAnotherReading() {
		long meter = install("D-4", M1.atDay(1), "0");
		Api controller = new Api(port, Api.demoToken("karool.controller"));
		Api.Reply first = read(controller, meter, M1.atDay(25), "7.25", "tablet-7-0001");
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(first.json().get("source").asString()).isEqualTo("TABLET");
		Api.Reply again = read(controller, meter, M1.atDay(25), "7.25", "tablet-7-0001");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
		Api.Reply other = read(controller, meter, M1.atDay(25), "8", "tablet-7-0001");
		assertThat(other.status()).isEqualTo(409);
		assertThat(readings()).isEqualTo(1);
	}

	@Test
	void aMeterIsOnlyForAMeteredServiceTheAccountTakesWithANumberNotInPlaceElsewhere() {
		install("E-5", M1.atDay(1), "0");
		String other = f.openAccount("ORGANISATION", "BUDGET", null, "Мектеп 2", M1.atDay(1));
		f.subscribe(other, "WATER_M3", M1.atDay(1), null, null);
		Object[][] bad = {
				{ meters, "FEE", "F-6", M1.atDay(1), "service" },
				{ "/api/v1/billing/accounts/" + other + "/meters", "WATER_M3", "e-5", M1.atDay(1), "number" },
				{ meters, "WATER_M3", "G-7", M1.atDay(2), "service" },
				{ meters, "WATER_M3", "H 8!", M1.atDay(1), "number" },
				{ meters, "WATER_M3", "J-9", TODAY.plusDays(2), "installedOn" } };
		long before = jdbc.sql("select count(*) from billing_meter where book_id = ?").param(f.bookId).query(Long.class).single();
		for (Object[] b : bad) {
			Api.Reply r = f.accountant.post((String) b[0], """
					{"service": "%s", "number": "%s", "installedOn": "%s", "initialValue": 0}""".formatted(b[1], b[2], b[3]));
			assertThat(r.status()).as(r.body()).isEqualTo(400);
			assertThat(r.json().get("errors").get(0).get("field").asString()).as(r.body()).isEqualTo(b[4]);
		}
		assertThat(jdbc.sql("select count(*) from billing_meter where book_id = ?").param(f.bookId).query(Long.class).single())
			.isEqualTo(before);
	}

	@Test
	void anotherMunicipalityGetsNothingAndOnlyTheDeskAndTheFieldTakeReadings() {
		long meter = install("K-10", M1.atDay(1), "0");
		long before = readings();
		String path = meters + "/" + meter;
		for (String user : new String[] { "tazalyk.accountant", "razzakov.head" }) {
			Api api = new Api(port, Api.demoToken(user));
			assertThat(api.get(meters).status()).as(user).isEqualTo(404);
			assertThat(api.get(path + "/readings").status()).as(user).isEqualTo(404);
			assertThat(read(api, meter, M1.atDay(5), "1", null).status()).as(user).isEqualTo(user.endsWith("head") ? 403 : 404);
		}
		WebSession stranger = WebSession.signedIn(port, "tazalyk.accountant", "demo");
		assertThat(stranger.get("/billing/accounts/" + account + "/meters/" + meter).statusCode()).isEqualTo(404);
		for (String user : new String[] { "karool.clerk", "karool.registrar" }) {
			Api api = new Api(port, Api.demoToken(user));
			assertThat(api.get(meters).status()).as(user).isEqualTo(403);
			assertThat(read(api, meter, M1.atDay(5), "1", null).status()).as(user).isEqualTo(403);
		}
		for (String reader : new String[] { "karool.head", "karool.auditor" }) {
			Api api = new Api(port, Api.demoToken(reader));
			assertThat(api.get(path + "/readings").status()).as(reader).isEqualTo(200);
			assertThat(read(api, meter, M1.atDay(5), "1", null).status()).as(reader).isEqualTo(403);
		}
		Api cashier = new Api(port, Api.demoToken("karool.cashier"));
		assertThat(cashier.post(meters, "{\"service\": \"WATER_M3\", \"number\": \"Z-1\", \"installedOn\": \"" + M1.atDay(1)
				+ "\", \"initialValue\": 0}").status()).isEqualTo(403);
		assertThat(cashier.post(path + "/replace", "{\"removedOn\": \"" + TODAY + "\", \"finalValue\": 1}").status())
			.isEqualTo(403);
		assertThat(readings()).isEqualTo(before);
		Api.Reply desk = read(cashier, meter, M1.atDay(5), "1", null);
		assertThat(desk.status()).as(desk.body()).isEqualTo(201);
		assertThat(desk.json().get("takenBy").asString()).isNotBlank();
	}
}
