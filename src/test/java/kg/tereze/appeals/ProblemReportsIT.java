package kg.tereze.appeals;

import java.util.List;

import java.util.UUID;

import kg.tereze.messaging.Messengers;
import kg.tereze.support.Api;
import kg.tereze.support.RunningApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static kg.tereze.support.Eventually.until;
import static org.assertj.core.api.Assertions.assertThat;

/** Problem reports through the API: filed, moved along their statuses, the resident told, bad input refused, tenancy kept. */
@RunningApplication
class ProblemReportsIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void messengers() {
		Messengers.server();
	}

	Api as(String user) {
		return new Api(port, Api.demoToken(user));
	}

	long reports() {
		return jdbc.sql("select count(*) from appeals_report").query(Long.class).single();
	}

	long village() {
		return jdbc.sql("""
				select v.id from village v join municipality m on m.id = v.municipality_id where m.code = 'KAR' order by v.id limit 1""")
			.query(Long.class).single();
	}

	String file(String json) {
		Api.Reply r = as("karool.clerk").post("/api/v1/appeals/reports", json);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("number").asString();
	}

	@Test
	void aReportIsFiledWithANumberAndADeadlineAndMovesToItsEnd() {
		String number = file("""
				{"category": "flood", "description": "Арык ташып, көчөнү суу басты", "latitude": 40.93, "longitude": 73.15,
				 "name": "Айбек", "phone": "+996555123456"}""");
		assertThat(number).matches("KAR-A-\\d{4}-\\d{6}");
		Api clerk = as("karool.clerk");
		Api.Reply detail = clerk.get("/api/v1/appeals/reports/" + number);
		assertThat(detail.body()).contains("\"status\":\"NEW\"").contains("\"category\":\"flood\"").contains("+996555123456");

		long clerkId = jdbc.sql("select id from staff_user where username = 'karool.clerk'").query(Long.class).single();
		assertThat(clerk.post("/api/v1/appeals/reports/" + number + "/status", "{\"status\": \"RESOLVED\", \"note\": \"x\"}").status())
			.isEqualTo(400);
		assertThat(clerk.post("/api/v1/appeals/reports/" + number + "/status", "{\"status\": \"ASSIGNED\"}").body())
			.contains("assignee");
		assertThat(clerk.post("/api/v1/appeals/reports/" + number + "/status",
				"{\"status\": \"ASSIGNED\", \"assignee\": " + clerkId + "}").status()).isEqualTo(200);
		assertThat(clerk.post("/api/v1/appeals/reports/" + number + "/status", "{\"status\": \"IN_PROGRESS\"}").status()).isEqualTo(200);
		assertThat(clerk.post("/api/v1/appeals/reports/" + number + "/status", "{\"status\": \"REJECTED\"}").body())
			.contains("\"field\":\"note\"");
		Api.Reply resolved = clerk.post("/api/v1/appeals/reports/" + number + "/status",
				"{\"status\": \"RESOLVED\", \"note\": \"Арык тазаланды\"}");
		assertThat(resolved.body()).contains("\"status\":\"RESOLVED\"").contains("Арык тазаланды");
		Api.Reply reopened = clerk.post("/api/v1/appeals/reports/" + number + "/reopen", "{\"note\": \"Кайра ташыды\"}");
		assertThat(reopened.body()).contains("\"status\":\"ASSIGNED\"");
		assertThat(clerk.get("/api/v1/appeals/reports/" + number).body()).contains("\"to\":\"NEW\"").contains("\"to\":\"IN_PROGRESS\"")
			.contains("\"to\":\"RESOLVED\"").contains("Кайра ташыды");
		assertThat(clerk.post("/api/v1/appeals/reports/" + number + "/reopen", "{\"note\": \"x\"}").status()).isEqualTo(400);
	}

	@Test
	void aReportFromAThreadTellsTheResidentItsNumberAndEveryChange() {
		String chat = Messengers.chat();
		new Messengers(port).telegram(Messengers.tgText(7000, chat, 3, "Көчө жарыгы күйбөйт"), Messengers.TG_SECRET);
		until("the thread", () -> jdbc.sql("select count(*) from appeals_thread where address = ?").param(chat)
			.query(Long.class).single() == 1);
		long thread = jdbc.sql("select id from appeals_thread where address = ?").param(chat).query(Long.class).single();
		Api.Reply filed = as("karool.clerk").post("/api/v1/appeals/threads/" + thread + "/reports",
				"{\"category\": \"street_light\", \"description\": \"Көчө жарыгы күйбөйт\", \"village\": " + village()
						+ ", \"address\": \"Ленин көч. 5\"}");
		assertThat(filed.status()).as(filed.body()).isEqualTo(201);
		String number = filed.json().get("number").asString();
		assertThat(filed.body()).contains("\"source\":\"TELEGRAM\"");
		as("karool.clerk").post("/api/v1/appeals/reports/" + number + "/status", "{\"status\": \"IN_PROGRESS\"}");
		as("karool.clerk").post("/api/v1/appeals/reports/" + number + "/status", "{\"status\": \"RESOLVED\", \"note\": \"Лампа алмаштырылды\"}");
		String bodies = String.join("\n", jdbc.sql("select body from messaging_outbox where recipient = ? order by id").param(chat)
			.query(String.class).list());
		assertThat(bodies).contains(number).contains("катталды").contains("Каралууда").contains("Аткарылды")
			.contains("Исполнено").contains("Лампа алмаштырылды");
	}

	@Test
	void aThreadIsLinkedToTheResidentInTheHouseholdBook() {
		String chat = Messengers.chat();
		new Messengers(port).telegram(Messengers.tgText(7100, chat, 5, "Саламатсызбы"), Messengers.TG_SECRET);
		until("the thread", () -> jdbc.sql("select count(*) from appeals_thread where address = ?").param(chat)
			.query(Long.class).single() == 1);
		long thread = jdbc.sql("select id from appeals_thread where address = ?").param(chat).query(Long.class).single();
		String pin = jdbc.sql("""
				select p.pin from person p join membership ms on ms.person_id = p.id and ms.valid_to is null
				  join household h on h.id = ms.household_id join municipality m on m.id = h.municipality_id
				 where m.code = 'KAR' and p.death_date is null and p.pin is not null order by p.id limit 1""")
			.query(String.class).single();
		long person = jdbc.sql("select id from person where pin = ?").param(pin).query(Long.class).single();
		Api clerk = as("karool.clerk");
		String path = "/api/v1/appeals/threads/" + thread + "/person";
		assertThat(clerk.post(path, "{\"pin\": \"123\"}").body()).contains("\"field\":\"pin\"");
		assertThat(clerk.post(path, "{\"pin\": \"21503199000000\"}").body()).contains("\"field\":\"pin\"");
		assertThat(as("razzakov.clerk").post(path, "{\"pin\": \"" + pin + "\"}").status()).isEqualTo(404);
		assertThat(as("karool.auditor").post(path, "{\"pin\": \"" + pin + "\"}").status()).isEqualTo(403);
		assertThat(jdbc.sql("select person_id from appeals_thread where id = ?").param(thread).query(Long.class).optional())
			.as("nothing linked by refused requests").isEmpty();
		Api.Reply linked = clerk.post(path, "{\"pin\": \"" + pin + "\"}");
		assertThat(linked.status()).as(linked.body()).isEqualTo(200);
		assertThat(linked.body()).contains("\"personId\":" + person);
		assertThat(clerk.post(path, "{\"pin\": \"\"}").body()).contains("\"personId\":null");
	}

	@Test
	void badInputIsNamedAndNothingIsFiled() {
		long before = reports();
		Api clerk = as("karool.clerk");
		String[][] cases = {
				{ "{\"category\": \"volcano\", \"description\": \"x\", \"address\": \"a\"}", "category" },
				{ "{\"category\": \"flood\", \"description\": \" \", \"address\": \"a\"}", "description" },
				{ "{\"category\": \"flood\", \"description\": \"" + "ы".repeat(4001) + "\", \"address\": \"a\"}", "description" },
				{ "{\"category\": \"flood\", \"description\": \"x\", \"latitude\": 55.75, \"longitude\": 37.62}", "location" },
				{ "{\"category\": \"flood\", \"description\": \"x\", \"latitude\": 41.0}", "location" },
				{ "{\"category\": \"flood\", \"description\": \"x\"}", "location" },
				{ "{\"category\": \"flood\", \"description\": \"x\", \"village\": 999999}", "village" },
				{ "{\"category\": \"flood\", \"description\": \"x\", \"address\": \"a\", \"phone\": \"call me\"}", "phone" } };
		for (String[] c : cases) {
			Api.Reply r = clerk.post("/api/v1/appeals/reports", c[0]);
			assertThat(r.status()).as(c[0]).isEqualTo(400);
			assertThat(r.body()).as(c[0]).contains("\"field\":\"" + c[1] + "\"");
		}
		assertThat(clerk.post("/api/v1/appeals/reports", "{\"category\": ").status()).isEqualTo(400);
		assertThat(clerk.get("/api/v1/appeals/reports?status=DONE").status()).isEqualTo(400);
		assertThat(clerk.get("/api/v1/appeals/reports?category=x").status()).isEqualTo(400);
		assertThat(reports()).isEqualTo(before);
	}

	static byte[] png() {
		try {
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
			return out.toByteArray();
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void aResidentAttachesPhotosOnThePublicFormAndOnlyPicturesAreTaken() {
		kg.tereze.support.WebSession web = new kg.tereze.support.WebSession(port);
		String form = "/public/41706255832000/report";
		web.get(form);
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("category", "road");
		fields.put("description", "Көпүрө бузулду");
		fields.put("village", String.valueOf(village()));
		fields.put("key", java.util.UUID.randomUUID().toString());
		long before = reports();
		long media = jdbc.sql("select count(*) from messaging_media").query(Long.class).single();

		var refused = web.postMultipart(form, fields, "photo", List.of(png(), "<html>not a picture</html>".getBytes()));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Көпүрө бузулду", "JPEG");
		var tooMany = web.postMultipart(form, fields, "photo", java.util.Collections.nCopies(6, png()));
		assertThat(tooMany.statusCode()).isEqualTo(400);
		assertThat(reports()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from messaging_media").query(Long.class).single()).as("no photo kept without its report")
			.isEqualTo(media);

		var filed = web.postMultipart(form, fields, "photo", List.of(png(), png()));
		assertThat(filed.statusCode()).isEqualTo(302);
		String number = filed.headers().firstValue("Location").orElseThrow().replaceAll(".*/reports/([^?]+).*", "$1");
		Api.Reply seen = as("karool.clerk").get("/api/v1/appeals/reports/" + number);
		assertThat(seen.json().get("report").get("photos").size()).isEqualTo(2);
		assertThat(jdbc.sql("select mime_type from messaging_media order by id desc limit 1").query(String.class).single())
			.isEqualTo("image/png");
	}

	@Test
	void theSameSubmissionTwiceMakesOneReport() {
		String key = UUID.randomUUID().toString();
		String json = "{\"category\": \"waste\", \"description\": \"Таштанды\", \"address\": \"Борбор көч.\"}";
		long before = reports();
		Api.Reply first = as("karool.clerk").send(as("karool.clerk").builder("/api/v1/appeals/reports")
			.header("Content-Type", "application/json").header("Idempotency-Key", key)
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
		Api.Reply again = as("karool.clerk").send(as("karool.clerk").builder("/api/v1/appeals/reports")
			.header("Content-Type", "application/json").header("Idempotency-Key", key)
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
		assertThat(first.json().get("number").asString()).isEqualTo(again.json().get("number").asString());
		assertThat(reports()).isEqualTo(before + 1);
	}

	@Test
	void anotherMunicipalityOrARoleWithoutTheCategorySeesNothing() {
		String number = file("{\"category\": \"road\", \"description\": \"Чуңкур\", \"address\": \"Мектеп көч.\"}");
		String water = file("{\"category\": \"no_water\", \"description\": \"Суу жок\", \"address\": \"Мектеп көч.\"}");
		Api razzakov = as("razzakov.clerk");
		assertThat(razzakov.get("/api/v1/appeals/reports/" + number).status()).isEqualTo(404);
		assertThat(razzakov.post("/api/v1/appeals/reports/" + number + "/status", "{\"status\": \"IN_PROGRESS\"}").status()).isEqualTo(404);
		assertThat(razzakov.get("/api/v1/appeals/reports?status=ALL").body()).doesNotContain(number);
		Api accountant = as("karool.accountant");
		assertThat(accountant.get("/api/v1/appeals/reports/" + number).status()).isEqualTo(404);
		assertThat(accountant.get("/api/v1/appeals/reports/" + water).status()).isEqualTo(200);
		assertThat(accountant.post("/api/v1/appeals/reports/" + water + "/status", "{\"status\": \"IN_PROGRESS\"}").status()).isEqualTo(200);
		assertThat(accountant.post("/api/v1/appeals/reports", "{\"category\": \"road\", \"description\": \"x\", \"address\": \"a\"}").status())
			.isEqualTo(403);
		Api auditor = as("karool.auditor");
		assertThat(auditor.get("/api/v1/appeals/reports/" + number).status()).isEqualTo(200);
		assertThat(auditor.post("/api/v1/appeals/reports/" + number + "/status", "{\"status\": \"IN_PROGRESS\"}").status()).isEqualTo(403);
		assertThat(as("karool.cashier").get("/api/v1/appeals/reports?status=ALL").body()).doesNotContain(number);
	}
}
