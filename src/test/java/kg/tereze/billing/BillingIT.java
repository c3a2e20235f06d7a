package kg.tereze.billing;

import kg.tereze.billing.internal.BillingRuns;
import java.time.LocalDate;
import java.time.YearMonth;

import kg.tereze.municipality.Municipalities;
import kg.tereze.support.Api;
import kg.tereze.support.RunningApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static kg.tereze.billing.BillingFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/** An enterprise's accountant sets prices, subscribes accounts and bills a month: pro-rated, per person, never twice. */
@RunningApplication
class BillingIT {

	static final YearMonth MONTH = YearMonth.from(TODAY).minusMonths(2);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Municipalities municipalities;

	@Autowired
	BillingRuns billingRuns;

	BillingFixture f;

	@BeforeEach
	void setUp() {
		f = new BillingFixture(port, jdbc, municipalities);
	}

	int members(long household, LocalDate on) {
		return jdbc.sql("""
				select count(*) from membership where household_id = ? and valid_from <= ? and (valid_to is null or valid_to > ?)""")
			.params(household, on, on).query(Integer.class).single();
	}

	/** What the run must charge: each slice of days at its price, rounded to the tyiyn. */
	static long slice(long priceTyiyn, int quantity, int days, int monthDays) {
		return Math.round((double) priceTyiyn * quantity * days / monthDays);
	}

	@Test
	void aMonthIsBilledPerPersonFromTheRegisterAndAPriceChangeInsideItIsProRatedByDays() {
		f.service("WATER", "PER_PERSON");
		LocalDate start = MONTH.minusMonths(1).atDay(1);
		assertThat(f.tariff("WATER", "HOUSEHOLD", "25", start, null).status()).isEqualTo(201);
		assertThat(f.tariff("WATER", "HOUSEHOLD", "30", MONTH.atDay(11), null).status()).isEqualTo(201);
		long household = f.household(4);
		String number = f.openAccount("HOUSEHOLD", "HOUSEHOLD", household, "Асанов Бакыт", start);
		assertThat(f.subscribe(number, "WATER", start, null, null).status()).isEqualTo(201);

		int persons = members(household, MONTH.atEndOfMonth());
		int days = MONTH.lengthOfMonth();
		long expected = slice(2500, persons, 10, days) + slice(3000, persons, days - 10, days);

		JsonNode preview = f.run(MONTH.toString(), "PREVIEW");
		assertThat(preview.get("status").asString()).isEqualTo("DONE");
		assertThat(preview.get("lines").asLong()).isEqualTo(1);
		assertThat(new java.math.BigDecimal(preview.get("totals").get("services").get(0).get("amount").asString()))
			.isEqualByComparingTo(java.math.BigDecimal.valueOf(expected, 2));
		assertThat(f.entries()).as("a preview writes nothing").isZero();

		JsonNode run = f.run(MONTH.toString(), "COMMIT");
		assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("DONE");
		assertThat(run.get("lines").asLong()).isEqualTo(1);
		assertThat(f.charged(number, "WATER")).isEqualTo(expected);
		var dates = jdbc.sql("""
				select e.booked_on, e.due_on from ledger_entry e join payer_account a on a.id = e.account_id where a.number = ?""")
			.param(number).query((rs, i) -> new LocalDate[] { rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class) })
			.single();
		assertThat(dates[0]).isEqualTo(MONTH.atEndOfMonth());
		assertThat(dates[1]).isEqualTo(MONTH.plusMonths(1).atDay(20));
		assertThat(f.accountant.get("/api/v1/billing/accounts/" + number + "/subscriptions").json().get(0).get("service")
			.asString()).isEqualTo("WATER");
	}

	@Test
	void billingAMonthAgainChargesOnlyWhatWasNotBilledYet() {
		f.service("WASTE", "PER_HOUSEHOLD");
		LocalDate start = MONTH.atDay(1);
		f.tariff("WASTE", "HOUSEHOLD", "60", start, null);
		String first = f.openAccount("HOUSEHOLD", "HOUSEHOLD", f.household(3), "Бекова Айнура", start);
		f.subscribe(first, "WASTE", start, null, null);
		assertThat(f.run(MONTH.toString(), "COMMIT").get("lines").asLong()).isEqualTo(1);
		long entries = f.entries();

		JsonNode again = f.run(MONTH.toString(), "COMMIT");
		assertThat(again.get("status").asString()).isEqualTo("DONE");
		assertThat(again.get("lines").asLong()).isZero();
		assertThat(f.entries()).isEqualTo(entries);
		assertThat(f.run(MONTH.toString(), "PREVIEW").get("lines").asLong()).isZero();

		String late = f.openAccount("HOUSEHOLD", "HOUSEHOLD", f.household(2), "Токтогулов Нурлан", start);
		f.subscribe(late, "WASTE", start, null, null);
		assertThat(f.run(MONTH.toString(), "COMMIT").get("lines").asLong()).isEqualTo(1);
		assertThat(f.charged(first, "WASTE")).isEqualTo(6000);
		assertThat(f.charged(late, "WASTE")).isEqualTo(6000);
	}

	@Test
	void flatFeesEndMidMonthByDaysConnectionsAreChargedOnceAndAnOverrideReplacesTheRegister() {
		f.service("FEE", "FLAT");
		f.service("CONNECT", "ONE_OFF");
		f.service("WATER", "PER_PERSON");
		LocalDate start = MONTH.atDay(1);
		f.tariff("FEE", "BUDGET", "500", start, null);
		f.tariff("CONNECT", "BUDGET", "1500", start, null);
		f.tariff("WATER", "BUDGET", "40", start, null);
		String school = f.openAccount("ORGANISATION", "BUDGET", null, "Орто мектеп", start);
		long fee = f.subscribe(school, "FEE", start, null, null).json().get("id").asLong();
		assertThat(f.accountant.post("/api/v1/billing/accounts/" + school + "/subscriptions/" + fee + "/end",
				"{\"lastDay\": \"" + MONTH.atDay(15) + "\"}").status()).isEqualTo(200);
		f.subscribe(school, "CONNECT", MONTH.atDay(5), null, null);
		Api.Reply noPersons = f.subscribe(school, "WATER", start, null, null);
		assertThat(noPersons.status()).isEqualTo(400);
		assertThat(noPersons.json().get("errors").get(0).get("field").asString()).isEqualTo("persons");
		assertThat(f.subscribe(school, "WATER", start, 3, "Үч кароолчу").status()).isEqualTo(201);

		f.run(MONTH.toString(), "COMMIT");
		f.run(MONTH.plusMonths(1).toString(), "COMMIT");

		int days = MONTH.lengthOfMonth();
		assertThat(f.charged(school, "FEE")).isEqualTo(slice(50000, 1, 15, days));
		assertThat(f.charged(school, "CONNECT")).as("once, in its month").isEqualTo(150000);
		assertThat(f.charged(school, "WATER")).isEqualTo(2 * 3 * 4000);
	}

	@Test
	void aTariffThatOverlapsAnotherOrStartsInABilledMonthIsRefusedAndChangesNothing() {
		f.service("WATER", "PER_HOUSEHOLD");
		LocalDate start = MONTH.atDay(1);
		assertThat(f.tariff("WATER", "HOUSEHOLD", "50", start, MONTH.atEndOfMonth()).status()).isEqualTo(201);
		Api.Reply overlap = f.tariff("WATER", "HOUSEHOLD", "55", MONTH.atDay(20), null);
		assertThat(overlap.status()).isEqualTo(400);
		assertThat(overlap.json().get("errors").get(0).get("field").asString()).isEqualTo("validFrom");
		for (String price : new String[] { "0", "-5", "1.234", "abc", "" }) {
			assertThat(f.tariff("WATER", "HOUSEHOLD", price, MONTH.plusMonths(1).atDay(1), null).status()).as(price)
				.isEqualTo(400);
		}
		assertThat(f.tariff("WATER", "HOUSEHOLD", "50", MONTH.plusMonths(1).atDay(5), MONTH.plusMonths(1).atDay(1)).status())
			.isEqualTo(400);
		assertThat(f.accountant.post("/api/v1/billing/books/" + f.bookId + "/services/WATER/tariffs",
				"{\"category\": \"NOBODY\", \"price\": \"5\", \"validFrom\": \"" + start + "\"}").status()).isEqualTo(400);
		assertThat(f.accountant.get("/api/v1/billing/books/" + f.bookId + "/services").json().get(0).get("tariffs")).hasSize(1);

		String number = f.openAccount("HOUSEHOLD", "HOUSEHOLD", f.household(5), "Жумабаев Марат", start);
		f.subscribe(number, "WATER", start, null, null);
		f.run(MONTH.toString(), "COMMIT");
		Api.Reply inBilled = f.tariff("WATER", "HOUSEHOLD", "70", MONTH.atDay(1), null);
		assertThat(inBilled.status()).isEqualTo(400);
		assertThat(f.tariff("WATER", "HOUSEHOLD", "70", MONTH.plusMonths(1).atDay(1), null).status()).isEqualTo(201);
	}

	@Test
	void badServicesSubscriptionsAndRunsGetAClearErrorAndNothingIsWritten() {
		String base = "/api/v1/billing/books/" + f.bookId;
		assertThat(f.accountant.post(base + "/services", "{\"code\": \"bad code\", \"nameKy\": \"а\", \"nameRu\": \"а\", \"basis\": \"FLAT\"}").status()).isEqualTo(400);
		assertThat(f.accountant.post(base + "/services", "{\"code\": \"OK\", \"nameKy\": \"а\", \"nameRu\": \"а\", \"basis\": \"HOURLY\"}").status()).isEqualTo(400);
		assertThat(f.accountant.post(base + "/services", "{\"code\": \"OK\", \"nameKy\": \"\", \"nameRu\": \"а\", \"basis\": \"FLAT\"}").status()).isEqualTo(400);
		assertThat(f.accountant.post(base + "/services", "not json").status()).isEqualTo(400);
		f.service("FEE", "FLAT");
		assertThat(f.accountant.post(base + "/services", "{\"code\": \"FEE\", \"nameKy\": \"а\", \"nameRu\": \"а\", \"basis\": \"FLAT\"}").status()).isEqualTo(400);
		assertThat(f.accountant.get(base + "/services").json()).hasSize(1);

		LocalDate start = MONTH.atDay(1);
		String number = f.openAccount("ORGANISATION", "BUSINESS", null, "Дүкөн", start);
		assertThat(f.subscribe(number, "NOPE", start, null, null).status()).isEqualTo(400);
		assertThat(f.subscribe(number, "FEE", start.minusDays(1), null, null).status()).as("before opened").isEqualTo(400);
		assertThat(f.subscribe(number, "FEE", start, 120, "x").status()).isEqualTo(400);
		assertThat(f.subscribe(number, "FEE", start, 2, " ").status()).isEqualTo(400);
		assertThat(f.subscribe(number, "FEE", start, null, null).status()).isEqualTo(201);
		assertThat(f.subscribe(number, "FEE", MONTH.atDay(10), null, null).status()).as("overlapping").isEqualTo(400);
		assertThat(f.accountant.get("/api/v1/billing/accounts/" + number + "/subscriptions").json()).hasSize(1);

		for (String month : new String[] { "2026-13", "soon", "", YearMonth.from(TODAY).plusMonths(1).toString() }) {
			Api.Reply r = f.accountant.post(base + "/runs", "{\"month\": \"" + month + "\", \"mode\": \"COMMIT\"}");
			assertThat(r.status()).as(month).isEqualTo(400);
		}
		assertThat(f.accountant.post(base + "/runs", "{\"month\": \"" + MONTH + "\", \"mode\": \"SOMETIMES\"}").status()).isEqualTo(400);
		assertThat(f.accountant.get("/api/v1/billing/runs/not-a-uuid").status()).isEqualTo(400);
		assertThat(f.accountant.get("/api/v1/billing/runs/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void aClosedMonthCannotBeBilledAndASubscriptionCannotEndInsideABilledOne() {
		f.service("FEE", "FLAT");
		LocalDate start = MONTH.atDay(1);
		f.tariff("FEE", "BUSINESS", "300", start, null);
		String number = f.openAccount("ORGANISATION", "BUSINESS", null, "Нан бышыруучу жай", start);
		long id = f.subscribe(number, "FEE", start, null, null).json().get("id").asLong();
		f.run(MONTH.toString(), "COMMIT");
		Api.Reply end = f.accountant.post("/api/v1/billing/accounts/" + number + "/subscriptions/" + id + "/end",
				"{\"lastDay\": \"" + MONTH.atDay(10) + "\"}");
		assertThat(end.status()).isEqualTo(400);
		assertThat(end.json().get("errors").get(0).get("field").asString()).isEqualTo("endsOn");

		assertThat(f.accountant.post("/api/v1/ledger/books/" + f.bookId + "/closings",
				"{\"month\": \"" + MONTH.plusMonths(1) + "\"}").status()).isIn(200, 201);
		long entries = f.entries();
		Api.Reply closed = f.accountant.post("/api/v1/billing/books/" + f.bookId + "/runs",
				"{\"month\": \"" + MONTH.plusMonths(1) + "\", \"mode\": \"COMMIT\"}");
		assertThat(closed.status()).isEqualTo(400);
		assertThat(closed.json().get("errors").get(0).get("field").asString()).isEqualTo("month");
		assertThat(f.entries()).isEqualTo(entries);
	}

	@Test
	void aRunLeftHalfDoneByAStoppedServerIsFinishedAtStartUpAndBillsNobodyTwice() {
		f.service("FEE", "FLAT");
		LocalDate start = MONTH.atDay(1);
		f.tariff("FEE", "BUSINESS", "200", start, null);
		String billed = f.openAccount("ORGANISATION", "BUSINESS", null, "Дарыкана", start);
		f.subscribe(billed, "FEE", start, null, null);
		f.run(MONTH.toString(), "COMMIT");
		String unbilled = f.openAccount("ORGANISATION", "BUSINESS", null, "Устакана", start);
		f.subscribe(unbilled, "FEE", start, null, null);
		// what a server stopped in the middle of a run leaves behind: the run RUNNING, its first part committed
		java.util.UUID id = java.util.UUID.randomUUID();
		jdbc.sql("""
				insert into billing_run (id, book_id, municipality_id, month, mode, status, billing_date, chunks_done,
				                         chunks_total, started_by, started_by_name, language, created_at, updated_at)
				select ?, id, municipality_id, ?, 'COMMIT', 'RUNNING', ?, 1, 2, 0, 'test', 'ru', now() - interval '10 minutes',
				       now() - interval '10 minutes' from ledger_book where id = ?""")
			.params(id, MONTH.atDay(1), MONTH.atEndOfMonth(), f.bookId).update();

		billingRuns.resume();
		JsonNode run = f.awaitRun(id.toString());
		assertThat(run.get("status").asString()).isEqualTo("DONE");
		assertThat(run.get("lines").asLong()).isEqualTo(1);
		assertThat(f.charged(billed, "FEE")).isEqualTo(20000);
		assertThat(f.charged(unbilled, "FEE")).isEqualTo(20000);
	}
}
