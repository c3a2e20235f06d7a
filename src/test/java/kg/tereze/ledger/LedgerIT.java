package kg.tereze.ledger;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An accountant keeps payer accounts through the API: entries are posted once, never changed, reversed with a reason. */
@RunningApplication
class LedgerIT {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Bishkek"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api accountant() {
		return new Api(port, Api.demoToken("karool.accountant"));
	}

	long karoolSuu() {
		return jdbc.sql("select id from enterprise where code = 'KAROOLSUU'").query(Long.class).single();
	}

	String openAccount(String name) {
		Api.Reply r = accountant().post("/api/v1/accounts", """
				{"enterpriseId": %d, "holderKind": "ORGANISATION", "category": "BUDGET", "holderName": "%s",
				 "address": "Ленин, 1", "phone": "+996 555 000 111", "openedOn": "%s"}""".formatted(karoolSuu(), name, TODAY));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("number").asString();
	}

	Api.Reply post(String number, String key, String json) {
		return accountant().send(accountant().builder("/api/v1/accounts/" + number + "/entries")
			.header("Content-Type", "application/json").header("Idempotency-Key", key)
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
	}

	String charge(String som) {
		return """
				{"kind": "CHARGE", "amount": "%s", "bookedOn": "%s", "serviceCode": "WATER", "memo": "Суу, ноябрь"}"""
			.formatted(som, TODAY);
	}

	long entries(String number) {
		return jdbc.sql("select count(*) from ledger_entry e join payer_account a on a.id = e.account_id where a.number = ?")
			.param(number).query(Long.class).single();
	}

	@Test
	void anAccountIsOpenedWithACheckedNumberAndFoundByNumberOrName() {
		String number = openAccount("Кароол орто мектеби");
		assertThat(AccountNumber.wellFormed(number)).isTrue();

		JsonNode card = accountant().get("/api/v1/accounts/" + number).json();
		assertThat(card.get("account").get("holderName").asString()).isEqualTo("Кароол орто мектеби");
		assertThat(card.get("account").get("balance").asString()).isEqualTo("0.00");

		assertThat(accountant().get("/api/v1/accounts?q=" + number).json().get("items").get(0).get("number").asString())
			.isEqualTo(number);
		JsonNode byLatin = accountant().get("/api/v1/accounts?q=karool%20orto").json();
		assertThat(byLatin.get("items").findValuesAsString("number")).contains(number);
	}

	@Test
	void aRepeatedPostingWithTheSameKeyIsPostedOnceAndAnotherPostingUnderItIsRefused() {
		String number = openAccount("Айыл дарыканасы");
		String key = UUID.randomUUID().toString();
		Api.Reply first = post(number, key, charge("250.50"));
		Api.Reply again = post(number, key, charge("250.50"));
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
		assertThat(entries(number)).isEqualTo(1);

		Api.Reply other = post(number, key, charge("999.00"));
		assertThat(other.status()).isEqualTo(400);
		assertThat(other.json().get("errors").get(0).get("field").asString()).isEqualTo("idempotencyKey");
		assertThat(entries(number)).isEqualTo(1);
		assertThat(accountant().get("/api/v1/accounts/" + number).json().get("account").get("balance").asString())
			.isEqualTo("250.50");
	}

	@Test
	void aReversalIsANewOppositeEntryAndHappensOnce() {
		String number = openAccount("Маданият үйү");
		long id = post(number, UUID.randomUUID().toString(), charge("400.00")).json().get("id").asLong();

		Api.Reply reversal = accountant().post("/api/v1/accounts/" + number + "/entries/" + id + "/reversal",
				"{\"reason\": \"Эсептегич боюнча кайра эсептелди\"}");
		assertThat(reversal.status()).as(reversal.body()).isEqualTo(201);
		assertThat(reversal.json().get("amount").asString()).isEqualTo("-400.00");
		assertThat(reversal.json().get("reverses").asLong()).isEqualTo(id);

		JsonNode statement = accountant().get("/api/v1/accounts/" + number + "/statement").json();
		assertThat(statement.get("entries")).hasSize(2);
		assertThat(statement.get("entries").get(0).get("reversedBy").asLong()).isEqualTo(reversal.json().get("id").asLong());
		assertThat(statement.get("closingBalance").asString()).isEqualTo("0.00");

		assertThat(accountant().post("/api/v1/accounts/" + number + "/entries/" + id + "/reversal",
				"{\"reason\": \"again\"}").status()).isEqualTo(400);
		assertThat(accountant().post("/api/v1/accounts/" + number + "/entries/" + reversal.json().get("id").asLong()
				+ "/reversal", "{\"reason\": \"undo\"}").status()).isEqualTo(400);
		assertThat(accountant().post("/api/v1/accounts/" + number + "/entries/" + id + "/reversal", "{\"reason\": \" \"}")
			.status()).isEqualTo(400);
		assertThat(entries(number)).isEqualTo(2);
	}

	@Test
	void theDatabaseItselfRefusesToChangeOrDeleteAnEntry() {
		String number = openAccount("Спорт мектеби");
		post(number, UUID.randomUUID().toString(), charge("10.00"));
		assertThatThrownBy(() -> jdbc.sql("update ledger_entry set amount = 1 where account_id = (select id from payer_account where number = ?)")
			.param(number).update()).hasMessageContaining("never changed");
		assertThatThrownBy(() -> jdbc.sql("delete from ledger_entry where account_id = (select id from payer_account where number = ?)")
			.param(number).update()).hasMessageContaining("never changed");
		assertThat(entries(number)).isEqualTo(1);
	}

	@Autowired
	Ledger ledger;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate tx;

	@Test
	void bulkChargesAreWrittenOnceAndOnlyIntoAccountsOfTheirBook() {
		String number = openAccount("Маданият үйү");
		long account = jdbc.sql("select id from payer_account where number = ?").param(number).query(Long.class).single();
		long municipality = jdbc.sql("select municipality_id from enterprise where id = ?").param(karoolSuu()).query(Long.class).single();
		long book = jdbc.sql("select book_id from payer_account where id = ?").param(account).query(Long.class).single();
		var accountant = new kg.tereze.shared.Tenant(1, "karool.accountant", municipality, karoolSuu(), java.util.Set.of("ACCOUNTANT"));
		String key = "bulk-" + UUID.randomUUID();
		java.util.function.IntSupplier postOnce = () -> tx.execute(s -> {
			BulkCharges charges = ledger.bulkCharges(accountant, book);
			jdbc.sql("insert into " + BulkCharges.TABLE + " values (?, 1500, 'WATER', 'bulk', ?)").params(account, key).update();
			return charges.post(TODAY, TODAY.plusMonths(1), "BILLING", "test");
		});
		assertThat(postOnce.getAsInt()).isEqualTo(1);
		assertThat(postOnce.getAsInt()).as("the same key again is skipped, not posted twice").isZero();
		assertThat(entries(number)).isEqualTo(1);

		long otherBook = jdbc.sql("select id from ledger_book where id <> ? order by id limit 1").param(book).query(Long.class).single();
		long foreign = jdbc.sql("select id from payer_account where book_id = ? limit 1").param(otherBook).query(Long.class).single();
		assertThatThrownBy(() -> tx.execute(s -> {
			BulkCharges charges = ledger.bulkCharges(accountant, book);
			jdbc.sql("insert into " + BulkCharges.TABLE + " values (?, 1500, 'WATER', 'bulk', ?), (?, 700, 'WATER', 'bulk', ?)")
				.params(account, "bulk-" + UUID.randomUUID(), foreign, "bulk-" + UUID.randomUUID()).update();
			return charges.post(TODAY, TODAY.plusMonths(1), "BILLING", "test");
		})).as("an account of another book").isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
		assertThatThrownBy(() -> tx.execute(s -> {
			ledger.bulkCharges(accountant, book);
			return jdbc.sql("insert into " + BulkCharges.TABLE + " values (?, 0, 'WATER', 'bulk', ?)")
				.params(account, "bulk-" + UUID.randomUUID()).update();
		})).as("a zero charge is refused as it is staged").isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
		assertThat(entries(number)).isEqualTo(1);

		assertThatThrownBy(() -> jdbc.sql("delete from payer_account where id = ?").param(account).update())
			.hasMessageContaining("never deleted");
		assertThatThrownBy(() -> jdbc.sql("update payer_account set book_id = ? where id = ?").params(otherBook, account).update())
			.hasMessageContaining("never change book");
	}

	@Test
	void badPostingsGetAClearErrorAndPostNothing() {
		String number = openAccount("Бала бакча");
		String[][] cases = {
				{ "{\"kind\": \"CHARGE\", \"amount\": \"0\", \"bookedOn\": \"" + TODAY + "\"}", "amount" },
				{ "{\"kind\": \"CHARGE\", \"amount\": \"-5\", \"bookedOn\": \"" + TODAY + "\"}", "amount" },
				{ "{\"kind\": \"CHARGE\", \"amount\": \"1.005\", \"bookedOn\": \"" + TODAY + "\"}", "amount" },
				{ "{\"kind\": \"CHARGE\", \"amount\": \"abc\", \"bookedOn\": \"" + TODAY + "\"}", "amount" },
				{ "{\"kind\": \"CHARGE\", \"amount\": \"99999999999\", \"bookedOn\": \"" + TODAY + "\"}", "amount" },
				{ "{\"kind\": \"CHARGE\", \"amount\": \"5\"}", "bookedOn" },
				{ "{\"kind\": \"CHARGE\", \"amount\": \"5\", \"bookedOn\": \"" + TODAY.plusDays(2) + "\"}", "bookedOn" },
				{ "{\"kind\": \"PAYMENT\", \"amount\": \"-5\", \"bookedOn\": \"" + TODAY + "\"}", "kind" },
				{ "{\"kind\": \"REVERSAL\", \"amount\": \"-5\", \"bookedOn\": \"" + TODAY + "\"}", "kind" },
				{ "{\"amount\": \"5\", \"bookedOn\": \"" + TODAY + "\"}", "kind" },
				{ "{\"kind\": \"CHARGE\", \"amount\": \"5\", \"bookedOn\": \"" + TODAY + "\", \"serviceCode\": \"суу\"}", "serviceCode" } };
		for (String[] c : cases) {
			Api.Reply r = post(number, UUID.randomUUID().toString(), c[0]);
			assertThat(r.status()).as(c[0] + " → " + r.body()).isEqualTo(400);
			assertThat(r.json().get("errors").get(0).get("field").asString()).as(c[0]).isEqualTo(c[1]);
		}
		for (String malformed : new String[] { "{\"kind\": \"BRIBE\", \"amount\": \"5\"}", "{not json", "[]" }) {
			assertThat(post(number, UUID.randomUUID().toString(), malformed).status()).as(malformed).isEqualTo(400);
		}
		assertThat(post(number, "x".repeat(101), charge("5")).status()).isEqualTo(400);
		assertThat(entries(number)).isZero();

		assertThat(accountant().get("/api/v1/accounts/12345678").status()).as("a wrong check digit").isEqualTo(400);
		assertThat(accountant().get("/api/v1/accounts/" + AccountNumber.of(9_999_999).value()).status()).isEqualTo(404);
		assertThat(accountant().post("/api/v1/accounts", "{\"holderKind\": \"PERSON\", \"category\": \"HOUSEHOLD\", \"openedOn\": \"" + TODAY + "\"}")
			.json().get("errors").get(0).get("field").asString()).isEqualTo("holderName");
		assertThat(accountant().post("/api/v1/accounts", "{\"holderKind\": \"PERSON\", \"category\": \"HOUSEHOLD\", \"holderName\": \"X\", \"openedOn\": \"" + TODAY + "\", \"enterpriseId\": 999999}")
			.json().get("errors").get(0).get("field").asString()).isEqualTo("enterpriseId");
	}

	@Test
	void aClosedMonthTakesNoEntriesAndCorrectionsGoIntoTheOpenOne() {
		long ownBook = jdbc.sql("""
				select b.id from ledger_book b join municipality m on m.id = b.municipality_id
				 where m.code = 'KAR' and b.enterprise_id is null""").query(Long.class).optional()
			.orElseGet(() -> {
				accountant().post("/api/v1/accounts", """
						{"holderKind": "PERSON", "category": "HOUSEHOLD", "holderName": "Книга ачуу", "openedOn": "%s"}""".formatted(TODAY));
				return jdbc.sql("""
						select b.id from ledger_book b join municipality m on m.id = b.municipality_id
						 where m.code = 'KAR' and b.enterprise_id is null""").query(Long.class).single();
			});
		Api.Reply opened = accountant().post("/api/v1/accounts", """
				{"holderKind": "PERSON", "category": "HOUSEHOLD", "holderName": "Жыйым төлөөчү", "openedOn": "%s"}"""
			.formatted(TODAY.minusMonths(3)));
		String number = opened.json().get("number").asString();
		YearMonth last = YearMonth.from(TODAY).minusMonths(1);

		assertThat(accountant().post("/api/v1/ledger/books/" + ownBook + "/closings", "{\"month\": \"" + YearMonth.from(TODAY) + "\"}")
			.json().get("errors").get(0).get("field").asString()).isEqualTo("month");
		assertThat(accountant().post("/api/v1/ledger/books/" + ownBook + "/closings", "{\"month\": \"октябрь\"}").status()).isEqualTo(400);

		Api.Reply closed = accountant().post("/api/v1/ledger/books/" + ownBook + "/closings", "{\"month\": \"" + last + "\"}");
		assertThat(closed.status()).as(closed.body()).isIn(200, 400);
		assertThat(jdbc.sql("select closed_through from ledger_book where id = ?").param(ownBook).query(LocalDate.class).single())
			.isAfterOrEqualTo(last.atEndOfMonth());

		Api.Reply intoClosed = post(number, UUID.randomUUID().toString(), """
				{"kind": "ADJUSTMENT", "amount": "-50", "bookedOn": "%s"}""".formatted(last.atDay(15)));
		assertThat(intoClosed.status()).isEqualTo(400);
		assertThat(intoClosed.json().get("errors").get(0).get("field").asString()).isEqualTo("bookedOn");
		assertThat(entries(number)).isZero();
		assertThat(post(number, UUID.randomUUID().toString(), """
				{"kind": "ADJUSTMENT", "amount": "-50", "bookedOn": "%s", "dueOn": "%s"}""".formatted(TODAY, last.atDay(15)))
			.status()).isEqualTo(201);

		assertThatThrownBy(() -> jdbc.sql("""
				insert into ledger_entry (book_id, account_id, kind, amount, booked_on, due_on, source, created_at)
				select book_id, id, 'CHARGE', 100, ?, ?, 'SQL', now() from payer_account where number = ?""")
			.params(last.atDay(2), last.atDay(2), number).update())
			.as("even SQL typed by hand cannot write into a closed month").hasMessageContaining("period closed");
	}

	@Test
	void theDemoArrearsAreAgedAndAddUp() {
		JsonNode list = accountant().get("/api/v1/accounts?sort=DEBT&size=5&enterpriseId=" + karoolSuu()).json();
		assertThat(list.get("total").asLong()).isGreaterThan(3000);
		String number = list.get("items").get(0).get("number").asString();
		JsonNode arrears = accountant().get("/api/v1/accounts/" + number).json().get("arrears");
		long sum = 0;
		for (String bucket : new String[] { "upTo30", "from31To90", "from91To180", "over180" }) {
			sum += new java.math.BigDecimal(arrears.get(bucket).asString()).movePointRight(2).longValueExact();
		}
		assertThat(sum).isEqualTo(new java.math.BigDecimal(arrears.get("balance").asString()).movePointRight(2).longValueExact());
		assertThat(sum).isPositive();

		JsonNode debtors = accountant().get("/api/v1/accounts?minDebt=2000&size=200").json();
		debtors.get("items").forEach(a -> assertThat(new java.math.BigDecimal(a.get("balance").asString())).isGreaterThanOrEqualTo(new java.math.BigDecimal("2000")));
		assertThat(accountant().get("/api/v1/accounts?minDebt=1,005").status()).isEqualTo(400);
		assertThat(accountant().get("/api/v1/accounts?sort=SIDEWAYS").status()).isEqualTo(400);
	}

	@Test
	void theAccountantPostsFromTheAccountPageAndAWrongAmountKeepsWhatWasTyped() {
		String number = openAccount("Мечит");
		WebSession web = WebSession.signedIn(port, "karool.accountant", "demo");
		var page = web.get("/accounts/" + number);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Мечит", number);

		var bad = web.post("/accounts/" + number + "/entries", Map.of("kind", "CHARGE", "amount", "12,345",
				"bookedOn", TODAY.toString(), "memo", "Туташтыруу акысы", "key", UUID.randomUUID().toString()));
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("value=\"12,345\"", "value=\"Туташтыруу акысы\"");
		assertThat(entries(number)).isZero();

		var good = web.post("/accounts/" + number + "/entries", Map.of("kind", "CHARGE", "amount", "1 200,00",
				"bookedOn", TODAY.toString(), "memo", "Туташтыруу акысы", "key", UUID.randomUUID().toString()));
		assertThat(good.statusCode()).isEqualTo(302);
		assertThat(entries(number)).isEqualTo(1);
		assertThat(web.get("/accounts/" + number).body()).contains("200,00");
	}
}
