package kg.tereze.documents;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import kg.tereze.support.Api;
import kg.tereze.support.RunningApplication;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Control of execution through the API: the head resolves, the executor answers with a registered
 * outgoing letter, the document is taken off control; each refused step names its field and
 * changes nothing.
 */
@RunningApplication
class ControlIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Bishkek"));

	Api as(String user) {
		return new Api(port, Api.demoToken(user));
	}

	long userId(String username) {
		return jdbc.sql("select id from staff_user where username = ?").param(username).query(Long.class).single();
	}

	JsonNode register(String journal, String summary) {
		Api.Reply r = as("karool.records").post("/api/v1/documents", """
				{"journal": "%s", "receivedOn": "%s", "correspondent": "Гражданин %s", "channel": "HAND", "summary": "%s"}"""
			.formatted(journal, TODAY, UUID.randomUUID().toString().substring(0, 6), summary));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json();
	}

	long events(long documentId) {
		return jdbc.sql("select count(*) from documents_event where document_id = ?").param(documentId).query(Long.class).single();
	}

	@Test
	void anAppealIsResolvedAnsweredAndTakenOffControl() {
		long appeal = register("APPEAL", "Просьба починить водопровод").get("id").asLong();
		String resolution = "{\"instruction\": \"Подготовить ответ\", \"responsible\": %d, \"coExecutors\": [%d]}"
			.formatted(userId("karool.clerk"), userId("karool.registrar"));
		assertThat(as("karool.clerk").post("/api/v1/documents/" + appeal + "/resolution", resolution).status()).isEqualTo(403);
		Api.Reply resolved = as("karool.head").post("/api/v1/documents/" + appeal + "/resolution", resolution);
		assertThat(resolved.status()).as(resolved.body()).isEqualTo(201);
		assertThat(resolved.json()).hasSize(2);
		assertThat(as("karool.head").post("/api/v1/documents/" + appeal + "/resolution", resolution).status()).isEqualTo(400);

		// taken off too early: the responsible executor has not reported
		Api.Reply early = as("karool.records").post("/api/v1/documents/" + appeal + "/taken-off", "{}");
		assertThat(early.status()).isEqualTo(400);
		assertThat(early.json().get("errors").get(0).get("field").asString()).isEqualTo("document");

		Api.Reply mineReply = as("karool.clerk").get("/api/v1/documents/assignments?scope=mine");
		assertThat(mineReply.status()).as(mineReply.body()).isEqualTo(200);
		JsonNode mine = mineReply.json();
		long assignment = 0;
		for (JsonNode a : mine) {
			if (a.get("documentId").asLong() == appeal) {
				assignment = a.get("id").asLong();
			}
		}
		assertThat(assignment).isPositive();
		// a part goes to a colleague, no later than the clerk's own deadline, and is reported on its own
		Api.Reply late = as("karool.clerk").post("/api/v1/documents/assignments/" + assignment + "/delegation",
				"{\"executor\": %d, \"instruction\": \"Проверить на месте\", \"dueOn\": \"%s\"}"
					.formatted(userId("karool.records"), TODAY.plusYears(1)));
		assertThat(late.json().get("errors").get(0).get("field").asString()).isEqualTo("dueOn");
		Api.Reply part = as("karool.clerk").post("/api/v1/documents/assignments/" + assignment + "/delegation",
				"{\"executor\": %d, \"instruction\": \"Проверить на месте\"}".formatted(userId("karool.records")));
		assertThat(part.status()).as(part.body()).isEqualTo(201);
		assertThat(part.json().get("parentId").asLong()).isEqualTo(assignment);
		assertThat(as("karool.records").get("/api/v1/documents/assignments?scope=mine").json().findValuesAsString("instruction"))
			.contains("Проверить на месте");
		assertThat(as("karool.records").post("/api/v1/documents/assignments/" + assignment + "/delegation",
				"{\"executor\": %d, \"instruction\": \"не моё\"}".formatted(userId("karool.registrar"))).status())
			.as("only from one's own assignment").isEqualTo(404);

		assertThat(as("karool.registrar").post("/api/v1/documents/assignments/" + assignment + "/report",
				"{\"report\": \"Ответ подготовлен\"}").status()).as("another's assignment").isEqualTo(404);
		Api.Reply noSuchAnswer = as("karool.clerk").post("/api/v1/documents/assignments/" + assignment + "/report",
				"{\"report\": \"Ответ подготовлен\", \"answer\": \"99-99/999999\"}");
		assertThat(noSuchAnswer.json().get("errors").get(0).get("field").asString()).isEqualTo("answer");

		// reported without the answer: an appeal cannot be taken off control yet
		assertThat(as("karool.clerk").post("/api/v1/documents/assignments/" + assignment + "/report",
				"{\"report\": \"Выезжали на место\"}").status()).isEqualTo(200);
		Api.Reply withoutAnswer = as("karool.head").post("/api/v1/documents/" + appeal + "/taken-off", "{}");
		assertThat(withoutAnswer.json().get("errors").get(0).get("field").asString()).isEqualTo("answer");
		assertThat(as("karool.head").get("/api/v1/documents/" + appeal).json().get("onControl").asBoolean()).isTrue();
		jdbc.sql("update documents_assignment set status = 'OPEN', done_at = null where id = ?").param(assignment).update();

		String answer = register("OUT", "Ответ заявителю о водопроводе").get("number").asString();
		Api.Reply reported = as("karool.clerk").post("/api/v1/documents/assignments/" + assignment + "/report",
				"{\"report\": \"Ответ отправлен\", \"answer\": \"" + answer + "\"}");
		assertThat(reported.status()).as(reported.body()).isEqualTo(200);
		Api.Reply off = as("karool.records").post("/api/v1/documents/" + appeal + "/taken-off", "{}");
		assertThat(off.status()).as(off.body()).isEqualTo(200);
		assertThat(off.json().get("onControl").asBoolean()).isFalse();
		assertThat(off.json().get("answerId").isNull()).isFalse();
		assertThat(as("karool.auditor").get("/api/v1/documents/" + appeal + "/history").json().findValuesAsString("kind"))
			.contains("REGISTERED", "RESOLVED", "DELEGATED", "REPORTED", "TAKEN_OFF");

		// the discipline report counts it for the clerk, answered on time
		Api.Reply disciplineReply = as("karool.head").get("/api/v1/documents/discipline?from=" + TODAY + "&to=" + TODAY);
		assertThat(disciplineReply.status()).as(disciplineReply.body()).isEqualTo(200);
		JsonNode discipline = disciplineReply.json();
		JsonNode clerk = null;
		for (JsonNode row : discipline) {
			if (row.get("executorId").asLong() == userId("karool.clerk")) {
				clerk = row;
			}
		}
		assertThat(clerk).isNotNull();
		assertThat(clerk.get("onTime").asLong()).isGreaterThanOrEqualTo(1);
		Api.Reply backwards = as("karool.head").get("/api/v1/documents/discipline?from=" + TODAY + "&to=" + TODAY.minusDays(1));
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
		assertThat(as("karool.clerk").get("/api/v1/documents/discipline?from=" + TODAY + "&to=" + TODAY).status()).isEqualTo(403);
	}

	@Test
	void onlyTheHeadExtendsAndTheFirstDeadlineIsKept() {
		long letter = register("IN", "О подготовке отчёта").get("id").asLong();
		long before = events(letter);
		Api.Reply bad = as("karool.head").post("/api/v1/documents/" + letter + "/resolution", """
				{"instruction": "Подготовить", "responsible": 999999999, "dueOn": "%s"}""".formatted(TODAY.plusDays(5)));
		assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("responsible");
		Api.Reply past = as("karool.head").post("/api/v1/documents/" + letter + "/resolution", """
				{"instruction": "Подготовить", "responsible": %d, "dueOn": "%s"}""".formatted(userId("karool.clerk"), TODAY.minusDays(1)));
		assertThat(past.json().get("errors").get(0).get("field").asString()).isEqualTo("dueOn");
		assertThat(events(letter)).isEqualTo(before);
		assertThat(as("karool.head").post("/api/v1/documents/" + letter + "/resolution", """
				{"instruction": "Подготовить", "responsible": %d, "dueOn": "%s"}""".formatted(userId("karool.clerk"), TODAY.plusDays(5)))
			.status()).isEqualTo(201);

		assertThat(as("karool.records").post("/api/v1/documents/" + letter + "/extension",
				"{\"dueOn\": \"" + TODAY.plusDays(9) + "\", \"reason\": \"нужны данные\"}").status()).isEqualTo(403);
		Api.Reply noReason = as("karool.head").post("/api/v1/documents/" + letter + "/extension",
				"{\"dueOn\": \"" + TODAY.plusDays(9) + "\"}");
		assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
		Api.Reply earlier = as("karool.head").post("/api/v1/documents/" + letter + "/extension",
				"{\"dueOn\": \"" + TODAY.plusDays(2) + "\", \"reason\": \"нужны данные\"}");
		assertThat(earlier.json().get("errors").get(0).get("field").asString()).isEqualTo("dueOn");
		assertThat(as("karool.head").post("/api/v1/documents/" + letter + "/extension",
				"{\"dueOn\": \"" + TODAY.plusDays(9) + "\", \"reason\": \"нужны данные района\"}").status()).isEqualTo(200);
		JsonNode assignment = as("karool.head").get("/api/v1/documents/" + letter + "/assignments").json().get(0);
		assertThat(assignment.get("dueOn").asString()).isEqualTo(TODAY.plusDays(9).toString());
		assertThat(assignment.get("firstDueOn").asString()).isEqualTo(TODAY.plusDays(5).toString());
		assertThat(as("razzakov.head").get("/api/v1/documents/" + letter + "/assignments").status()).isEqualTo(404);
	}
}
