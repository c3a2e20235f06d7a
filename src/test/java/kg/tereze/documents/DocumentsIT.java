package kg.tereze.documents;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import kg.tereze.shared.WorkingDays;
import kg.tereze.support.Api;
import kg.tereze.support.RunningApplication;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Registration through the API: gapless numbers per journal, terms in working days, one letter once, refusals naming the field. */
@RunningApplication
class DocumentsIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Bishkek"));

	Api records() {
		return new Api(port, Api.demoToken("karool.records"));
	}

	long documents() {
		return jdbc.sql("select count(*) from documents_document").query(Long.class).single();
	}

	static String letter(String journal, LocalDate received, String from, String theirNumber, String summary) {
		return """
				{"journal": "%s", "receivedOn": "%s", "correspondent": %s, "theirNumber": %s, "theirDate": %s,
				 "channel": "POST", "language": "ru", "summary": "%s", "sheets": 2}""".formatted(journal, received,
				from == null ? "null" : "\"" + from + "\"", theirNumber == null ? "null" : "\"" + theirNumber + "\"",
				theirNumber == null ? "null" : "\"" + received.minusDays(2) + "\"", summary);
	}

	@Test
	void lettersAreNumberedWithoutGapsAndAppealsGetTheirTerm() {
		String district = "Район " + UUID.randomUUID();
		Api.Reply first = records().post("/api/v1/documents", letter("IN", TODAY, district, "02-14/" + UUID.randomUUID(), "О смете"));
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		Api.Reply second = records().post("/api/v1/documents", letter("IN", TODAY, district, "02-14/" + UUID.randomUUID(), "О плане"));
		String a = first.json().get("number").asString();
		String b = second.json().get("number").asString();
		assertThat(a).startsWith("01-12/");
		assertThat(Integer.parseInt(b.substring(6))).isEqualTo(Integer.parseInt(a.substring(6)) + 1);
		assertThat(first.json().get("dueOn").isNull()).isTrue();

		Api.Reply appeal = records().post("/api/v1/documents", letter("APPEAL", TODAY, "Асанов Нурлан", null, "Жер тилкеси жөнүндө"));
		assertThat(appeal.status()).isEqualTo(201);
		assertThat(appeal.json().get("dueOn").asString()).isEqualTo(WorkingDays.after(TODAY, 14).toString());
		assertThat(appeal.json().get("number").asString()).startsWith("01-15/");
	}

	@Test
	void theSameLetterIsRegisteredOnceAndARepeatedKeyAnswersTheFirst() {
		String their = "11-3/" + UUID.randomUUID().toString().substring(0, 8);
		String body = letter("IN", TODAY, "Министерство " + their, their, "Об эмдөө");
		String key = UUID.randomUUID().toString();
		Api.Reply first = records().send(records().builder("/api/v1/documents").header("Content-Type", "application/json")
			.header("Idempotency-Key", key).POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
		Api.Reply again = records().send(records().builder("/api/v1/documents").header("Content-Type", "application/json")
			.header("Idempotency-Key", key).POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(again.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
		long before = documents();
		Api.Reply twice = records().post("/api/v1/documents", body);
		assertThat(twice.status()).isEqualTo(400);
		assertThat(field(twice)).isEqualTo("theirNumber");
		assertThat(twice.json().get("detail").asString()).contains(first.json().get("number").asString());
		assertThat(documents()).isEqualTo(before);
	}

	@Test
	void badInputNamesTheFieldAndStoresNothing() {
		long before = documents();
		assertThat(field(records().post("/api/v1/documents", letter("NOPE", TODAY, "X Y", null, "текст")))).isEqualTo("journal");
		assertThat(field(records().post("/api/v1/documents", letter("IN", TODAY.plusDays(1), "X Y", null, "текст"))))
			.isEqualTo("receivedOn");
		assertThat(field(records().post("/api/v1/documents", letter("IN", TODAY, null, null, "текст")))).isEqualTo("correspondent");
		assertThat(field(records().post("/api/v1/documents", letter("IN", TODAY, "X Y", null, "ab")))).isEqualTo("summary");
		assertThat(field(records().post("/api/v1/documents", "{\"journal\": \"IN\", \"receivedOn\": \"" + TODAY
				+ "\", \"correspondent\": \"X Y\", \"summary\": \"текст\", \"channel\": \"POST\", \"sheets\": -1}"))).isEqualTo("sheets");
		assertThat(records().post("/api/v1/documents", "{\"journal\": \"IN\", \"receivedOn\": \"not a date\"}").status())
			.isEqualTo(400);
		assertThat(records().post("/api/v1/documents", "").status()).isEqualTo(400);
		assertThat(documents()).isEqualTo(before);
	}

	@Test
	void oneSearchBoxFindsANameHoweverItIsTyped() {
		String name = "Үсөнбаев Эрмек " + UUID.randomUUID().toString().substring(0, 6);
		Api.Reply made = records().post("/api/v1/documents", letter("APPEAL", TODAY, name, null, "Көчө жарыгы жөнүндө"));
		assertThat(made.status()).isEqualTo(201);
		JsonNode found = records().get("/api/v1/documents?text=usonbaev&journal=APPEAL").json();
		assertThat(found.get("items").findValuesAsString("correspondent")).contains(name);
		assertThat(records().get("/api/v1/documents?text=" + made.json().get("number").asString()).json().get("total").asLong())
			.isGreaterThanOrEqualTo(1);
		assertThat(new Api(port, Api.demoToken("karool.records")).get("/api/v1/documents?year=1800").status()).isEqualTo(400);
		assertThat(new Api(port, Api.demoToken("razzakov.head")).get("/api/v1/documents?text=usonbaev").json().get("items")
			.findValuesAsString("correspondent")).doesNotContain(name);
	}

	@Test
	void theCardAndTheJournalPrintInKyrgyzAndRussian() {
		Api.Reply made = records().post("/api/v1/documents", letter("IN", TODAY, "Өзгөн району", "02-14/" + UUID.randomUUID(),
				"Жылытуу мезгилине даярдоо жөнүндө"));
		String number = made.json().get("number").asString();
		var card = records().getBytes("/api/v1/documents/" + made.json().get("id").asLong() + "/card.pdf");
		assertThat(card.statusCode()).isEqualTo(200);
		kg.tereze.support.Browser.keep(card.body(), "documents-card.pdf");
		String text = kg.tereze.support.PdfText.of(card.body());
		assertThat(text).contains(number).contains("Келген күнү").contains("Дата поступления").contains("Өзгөн району");
		var journal = records().getBytes("/api/v1/documents/journal.pdf?journal=IN&from=" + TODAY.withDayOfMonth(1) + "&to=" + TODAY);
		assertThat(journal.statusCode()).isEqualTo(200);
		assertThat(kg.tereze.support.PdfText.of(journal.body())).contains(number).contains("Каттоо журналы");
		Api.Reply backwards = records().get("/api/v1/documents/journal.pdf?journal=IN&from=" + TODAY + "&to=" + TODAY.minusDays(1));
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(field(backwards)).isEqualTo("to");
		assertThat(new Api(port, Api.demoToken("razzakov.head")).getBytes("/api/v1/documents/" + made.json().get("id").asLong()
				+ "/card.pdf").statusCode()).isEqualTo(404);
	}

	@Test
	void theMunicipalitySetsAJournalsPrefixAndTerm() {
		Api admin = new Api(port, Api.demoToken("karool.admin"));
		String order = "{\"nameKy\": \"Башчынын буйруктары\", \"nameRu\": \"Распоряжения главы\", \"nameEn\": \"Head's orders\", "
				+ "\"numberPrefix\": \"%s\", \"termDays\": %s}";
		try {
			assertThat(records().put("/api/v1/documents/journals/ORDER", order.formatted("01-04A", "5")).status()).isEqualTo(403);
			assertThat(field(admin.put("/api/v1/documents/journals/ORDER", order.formatted("01 04 <b>", "5")))).isEqualTo("numberPrefix");
			assertThat(field(admin.put("/api/v1/documents/journals/ORDER", order.formatted("01-04A", "400")))).isEqualTo("termDays");
			assertThat(admin.put("/api/v1/documents/journals/NOPE", order.formatted("01-04A", "5")).status()).isEqualTo(404);
			Api.Reply set = admin.put("/api/v1/documents/journals/ORDER", order.formatted("01-04A", "5"));
			assertThat(set.status()).as(set.body()).isEqualTo(200);
			Api.Reply made = records().post("/api/v1/documents", """
					{"journal": "ORDER", "receivedOn": "%s", "channel": "HAND", "summary": "Комиссия түзүү жөнүндө"}""".formatted(TODAY));
			assertThat(made.json().get("number").asString()).startsWith("01-04A/");
			assertThat(made.json().get("dueOn").asString()).isEqualTo(WorkingDays.after(TODAY, 5).toString());
		}
		finally {
			admin.put("/api/v1/documents/journals/ORDER", order.formatted("01-04", "null"));
		}
	}

	static String field(Api.Reply r) {
		return r.json().get("errors").get(0).get("field").asString();
	}
}
