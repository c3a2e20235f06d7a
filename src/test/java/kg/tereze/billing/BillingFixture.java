package kg.tereze.billing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import kg.tereze.municipality.Enterprise;
import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.NewEnterprise;
import kg.tereze.shared.LocalizedName;
import kg.tereze.support.Api;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A fresh enterprise of Karool with its own book for each test, so that runs of one test never bill another's accounts. */
final class BillingFixture {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Bishkek"));

	final Api accountant;

	final JdbcClient jdbc;

	final long enterpriseId;

	final long bookId;

	BillingFixture(int port, JdbcClient jdbc, Municipalities municipalities) {
		this.accountant = new Api(port, Api.demoToken("karool.accountant"));
		this.jdbc = jdbc;
		long karool = jdbc.sql("select id from municipality where code = 'KAR'").query(Long.class).single();
		String code = "T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36).toUpperCase();
		Enterprise e = municipalities.registerEnterprise(karool, new NewEnterprise(code.substring(0, Math.min(16, code.length())),
				new LocalizedName("Суу " + code, "Вода " + code, "Water " + code), Enterprise.Kind.WATER, false));
		this.enterpriseId = e.id();
		String first = openAccount("ORGANISATION", "BUDGET", null, "Мектеп", TODAY.minusYears(1));
		this.bookId = jdbc.sql("select book_id from payer_account where number = ?").param(first).query(Long.class).single();
	}

	String openAccount(String holderKind, String category, Long householdId, String name, LocalDate openedOn) {
		Api.Reply r = accountant.post("/api/v1/accounts", """
				{"enterpriseId": %d, "holderKind": "%s", "category": "%s", "householdId": %s, "holderName": "%s",
				 "openedOn": "%s"}""".formatted(enterpriseId, holderKind, category, householdId, name, openedOn));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("number").asString();
	}

	/** A Karool household with the given number of members today, not yet in this book. */
	long household(int members) {
		return jdbc.sql("""
				select h.id from household h join municipality m on m.id = h.municipality_id
				 where m.code = 'KAR' and h.closed_on is null
				   and (select count(*) from membership c where c.household_id = h.id and c.valid_to is null) = ?
				   and not exists (select 1 from payer_account a where a.household_id = h.id and a.book_id = ?)
				 order by h.id limit 1""")
			.params(members, bookId).query(Long.class).single();
	}


	void service(String code, String basis) {
		Api.Reply r = accountant.post("/api/v1/billing/books/" + bookId + "/services", """
				{"code": "%s", "nameKy": "Кызмат %s", "nameRu": "Услуга %s", "basis": "%s"}""".formatted(code, code, code, basis));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
	}

	Api.Reply tariff(String code, String category, String price, LocalDate from, LocalDate until) {
		return accountant.post("/api/v1/billing/books/" + bookId + "/services/" + code + "/tariffs", """
				{"category": "%s", "price": "%s", "validFrom": "%s", "validUntil": %s}"""
			.formatted(category, price, from, until == null ? "null" : "\"" + until + "\""));
	}

	Api.Reply subscribe(String number, String code, LocalDate from, Integer persons, String reason) {
		return accountant.post("/api/v1/billing/accounts/" + number + "/subscriptions", """
				{"service": "%s", "startsOn": "%s", "persons": %s, "reason": %s}"""
			.formatted(code, from, persons, reason == null ? "null" : "\"" + reason + "\""));
	}

	JsonNode run(String month, String mode) {
		Api.Reply r = accountant.post("/api/v1/billing/books/" + bookId + "/runs",
				"{\"month\": \"%s\", \"mode\": \"%s\"}".formatted(month, mode));
		assertThat(r.status()).as(r.body()).isEqualTo(202);
		return awaitRun(r.json().get("id").asString());
	}

	JsonNode awaitRun(String id) {
		return kg.tereze.support.Eventually.value("run " + id, () -> accountant.get("/api/v1/billing/runs/" + id).json(),
				BillingFixture::finished);
	}

	/** A background job (a run, a batch of notices) that is over, one way or the other. */
	static boolean finished(JsonNode job) {
		String status = job.get("status").asString();
		return status.equals("DONE") || status.equals("FAILED");
	}

	/** Charges of the account in the ledger, in tyiyn, by service. */
	long charged(String number, String service) {
		return jdbc.sql("""
				select coalesce(sum(e.amount), 0) from ledger_entry e join payer_account a on a.id = e.account_id
				 where a.number = ? and e.kind = 'CHARGE' and e.service_code = ?""")
			.params(number, service).query(Long.class).single();
	}

	long entries() {
		return jdbc.sql("select count(*) from ledger_entry where book_id = ?").param(bookId).query(Long.class).single();
	}
}
