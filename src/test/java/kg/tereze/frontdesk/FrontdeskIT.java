package kg.tereze.frontdesk;

import java.util.UUID;

import kg.tereze.messaging.Messengers;
import kg.tereze.support.Api;
import kg.tereze.support.RunningApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The single window through the API: a ticket on arrival, called to a desk, ended by the certificate
 * issued there; applications registered with a deadline, moved to ready with the applicant told on
 * WhatsApp; bad input named and nothing changed; other municipalities and roles get nothing.
 */
@RunningApplication
class FrontdeskIT {

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

	long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	String livingPin() {
		return jdbc.sql("""
				select p.pin from person p join membership ms on ms.person_id = p.id and ms.valid_to is null
				  join household h on h.id = ms.household_id join municipality m on m.id = h.municipality_id
				 where m.code = 'KAR' and p.death_date is null and p.pin is not null order by p.id desc limit 1""")
			.query(String.class).single();
	}

	/** Serves whoever is at the registrar's desk, so that each test starts with the desk free. */
	void freeDesk(Api api) {
		for (JsonNode v : api.get("/api/v1/frontdesk/visits").json()) {
			if ("SERVING".equals(v.get("status").asString())) {
				api.post("/api/v1/frontdesk/visits/" + v.get("id").asLong() + "/finish", "");
			}
		}
	}

	@Test
	void aVisitorTakesATicketIsCalledAndTheCertificateIssuedEndsTheVisit() {
		Api clerk = as("karool.clerk");
		freeDesk(clerk);
		Api.Reply ticket = clerk.post("/api/v1/frontdesk/visits", "{\"service\": \"residence\", \"visitorName\": \"Азамат\"}");
		assertThat(ticket.status()).as(ticket.body()).isEqualTo(201);
		assertThat(ticket.json().get("ticket").asString()).matches("A-\\d{3}");
		long id = ticket.json().get("id").asLong();

		Api.Reply called = clerk.post("/api/v1/frontdesk/visits/" + id + "/call", "");
		assertThat(called.body()).contains("\"status\":\"SERVING\"");
		assertThat(clerk.post("/api/v1/frontdesk/visits/next", "{}").body()).contains("\"field\":\"queue\"");

		Api.Reply cert = clerk.post("/api/v1/certificates", "{\"type\": \"RESIDENCE\", \"personPin\": \"%s\"}".formatted(livingPin()));
		assertThat(cert.status()).as(cert.body()).isEqualTo(201);
		String number = cert.json().get("number").asString();
		JsonNode visit = find(clerk, id);
		assertThat(visit.get("status").asString()).isEqualTo("SERVED");
		assertThat(visit.get("outcome").asString()).isEqualTo(number);
		assertThat(visit.get("servedAt").isNull()).isFalse();

		Api.Reply figures = as("karool.head").get("/api/v1/frontdesk/dashboard");
		assertThat(figures.status()).as(figures.body()).isEqualTo(200);
		assertThat(figures.json().get("served").asLong()).isPositive();
		assertThat(figures.body()).contains("\"byClerk\"").contains("\"byService\"");
	}

	@Test
	void twoClerksCallingAtOnceGetTwoVisitors() throws Exception {
		Api clerk = as("karool.clerk");
		Api registrar = as("karool.registrar");
		freeDesk(clerk);
		freeDesk(registrar);
		clerk.post("/api/v1/frontdesk/visits", "{\"service\": \"family_composition\"}");
		clerk.post("/api/v1/frontdesk/visits", "{\"service\": \"family_composition\"}");
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		var a = pool.submit(() -> clerk.post("/api/v1/frontdesk/visits/next", "{}"));
		var b = pool.submit(() -> registrar.post("/api/v1/frontdesk/visits/next", "{}"));
		Api.Reply ra = a.get();
		Api.Reply rb = b.get();
		pool.shutdown();
		assertThat(ra.status()).as(ra.body()).isEqualTo(200);
		assertThat(rb.status()).as(rb.body()).isEqualTo(200);
		assertThat(ra.json().get("id").asLong()).isNotEqualTo(rb.json().get("id").asLong());
		assertThat(clerk.post("/api/v1/frontdesk/visits/" + ra.json().get("id").asLong() + "/finish", "").body())
			.contains("\"status\":\"SERVED\"");
		assertThat(clerk.post("/api/v1/frontdesk/visits/" + rb.json().get("id").asLong() + "/finish", "").body())
			.as("only the registrar serves their own visitor").contains("\"field\":\"visit\"");
		assertThat(registrar.post("/api/v1/frontdesk/visits/" + rb.json().get("id").asLong() + "/left", "").body())
			.contains("\"status\":\"LEFT\"");
	}

	@Test
	void anApplicationGetsANumberADeadlineAndTheApplicantHearsWhenItIsReady() {
		Api clerk = as("karool.clerk");
		freeDesk(clerk);
		long visit = clerk.post("/api/v1/frontdesk/visits", "{\"service\": \"address_assignment\"}").json().get("id").asLong();
		String phone = Messengers.phone();
		String key = UUID.randomUUID().toString();
		String body = """
				{"service": "address_assignment", "applicantName": "Асанов Бакыт", "phone": "+%s",
				 "details": "Жаңы үйгө дарек", "visitId": %d}""".formatted(phone, visit);
		Api.Reply registered = clerk.send(clerk.builder("/api/v1/frontdesk/applications").header("Content-Type", "application/json")
			.header("Idempotency-Key", key).POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		String number = registered.json().get("number").asString();
		assertThat(number).matches("KAR-Z-\\d{4}-\\d{6}");
		assertThat(registered.json().get("status").asString()).isEqualTo("REGISTERED");
		assertThat(registered.json().get("dueOn").asString()).isNotBlank();
		Api.Reply again = clerk.send(clerk.builder("/api/v1/frontdesk/applications").header("Content-Type", "application/json")
			.header("Idempotency-Key", key).POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
		assertThat(again.json().get("number").asString()).as("the same key registers nothing new").isEqualTo(number);
		assertThat(find(clerk, visit).get("outcome").asString()).isEqualTo(number);

		long registrar = jdbc.sql("select id from staff_user where username = 'karool.registrar'").query(Long.class).single();
		long cashier = jdbc.sql("select id from staff_user where username = 'karool.cashier'").query(Long.class).single();
		String status = "/api/v1/frontdesk/applications/" + number + "/status";
		assertThat(clerk.post(status, "{\"status\": \"READY\"}").body()).contains("\"field\":\"status\"");
		assertThat(clerk.post(status, "{\"status\": \"ASSIGNED\"}").body()).contains("\"field\":\"assignee\"");
		assertThat(clerk.post(status, "{\"status\": \"ASSIGNED\", \"assignee\": " + cashier + "}").body())
			.as("a cashier does not work on addresses").contains("\"field\":\"assignee\"");
		assertThat(clerk.post(status, "{\"status\": \"ASSIGNED\", \"assignee\": " + registrar + "}").status()).isEqualTo(200);
		Api registrarApi = as("karool.registrar");
		assertThat(registrarApi.post(status, "{\"status\": \"IN_PROGRESS\"}").status()).isEqualTo(200);
		Api.Reply ready = registrarApi.post(status, "{\"status\": \"READY\"}");
		assertThat(ready.body()).contains("\"status\":\"READY\"").contains("\"told\":true");
		assertThat(clerk.post(status, "{\"status\": \"HANDED_OVER\"}").body()).contains("\"status\":\"HANDED_OVER\"");

		String told = String.join("\n", jdbc.sql("select body from messaging_outbox where recipient = ? order by id").param(phone)
			.query(String.class).list());
		assertThat(told).contains(number).contains("катталды").contains("зарегистрировано").contains("даяр").contains("готово");
	}

	@Test
	void aRejectionNeedsAReasonAndOverdueApplicationsStandOut() {
		Api clerk = as("karool.clerk");
		String number = clerk.post("/api/v1/frontdesk/applications",
				"{\"service\": \"building_permit\", \"personPin\": \"%s\"}".formatted(livingPin())).json().get("number").asString();
		String status = "/api/v1/frontdesk/applications/" + number + "/status";
		assertThat(clerk.post(status, "{\"status\": \"REJECTED\"}").body()).contains("\"field\":\"note\"");
		assertThat(clerk.post(status, "{\"status\": \"REJECTED\", \"note\": \"Долбоор жок\"}").body()).contains("\"status\":\"REJECTED\"");
		assertThat(clerk.post(status, "{\"status\": \"IN_PROGRESS\"}").status()).isEqualTo(400);
		assertThat(clerk.get("/api/v1/frontdesk/applications/" + number).body()).contains("\"to\":\"REGISTERED\"")
			.contains("\"to\":\"REJECTED\"").contains("Долбоор жок");

		Api.Reply overdue = clerk.get("/api/v1/frontdesk/applications?overdue=true&size=200");
		assertThat(overdue.status()).isEqualTo(200);
		for (JsonNode a : overdue.json().get("items")) {
			assertThat(a.get("overdue").asBoolean()).isTrue();
		}
		assertThat(as("karool.head").get("/api/v1/frontdesk/dashboard").json().get("overdueApplications").asLong())
			.isEqualTo(overdue.json().get("total").asLong());
	}

	@Test
	void badInputIsNamedAndNothingChanges() {
		long applications = count("frontdesk_application");
		long visits = count("frontdesk_visit");
		Api clerk = as("karool.clerk");
		String[][] cases = {
				{ "{\"service\": \"volcano\", \"applicantName\": \"A\"}", "service" },
				{ "{\"service\": \"residence\", \"applicantName\": \"A\"}", "service" },
				{ "{\"service\": \"address_assignment\"}", "applicantName" },
				{ "{\"service\": \"address_assignment\", \"personPin\": \"12345\"}", "personPin" },
				{ "{\"service\": \"address_assignment\", \"personPin\": \"21503199000000\"}", "personPin" },
				{ "{\"service\": \"address_assignment\", \"applicantName\": \"A\", \"phone\": \"call me\"}", "phone" },
				{ "{\"service\": \"address_assignment\", \"applicantName\": \"A\", \"details\": \"" + "x".repeat(4001) + "\"}", "details" },
				{ "{\"service\": \"address_assignment\", \"applicantName\": \"A\", \"visitId\": 999999999}", "visitId" } };
		for (String[] c : cases) {
			Api.Reply r = clerk.post("/api/v1/frontdesk/applications", c[0]);
			assertThat(r.status()).as(c[0].substring(0, Math.min(80, c[0].length()))).isEqualTo(400);
			assertThat(r.body()).contains("\"field\":\"" + c[1] + "\"");
		}
		assertThat(clerk.post("/api/v1/frontdesk/applications", "{not json").status()).isEqualTo(400);
		assertThat(clerk.post("/api/v1/frontdesk/visits", "{\"service\": \"\"}").body()).contains("\"field\":\"service\"");
		assertThat(clerk.post("/api/v1/frontdesk/visits", "{\"service\": \"residence\", \"visitorName\": \"" + "я".repeat(201) + "\"}")
			.body()).contains("\"field\":\"visitorName\"");
		assertThat(clerk.post("/api/v1/frontdesk/visits/next", "{\"kind\": \"SOUP\"}").body()).contains("\"field\":\"kind\"");
		assertThat(clerk.get("/api/v1/frontdesk/applications?status=LOST").body()).contains("\"field\":\"status\"");
		assertThat(clerk.get("/api/v1/frontdesk/applications?sort=drop").body()).contains("\"field\":\"sort\"");
		Api head = as("karool.head");
		assertThat(head.get("/api/v1/frontdesk/dashboard?from=2026-13-01").body()).contains("\"field\":\"from\"");
		assertThat(head.get("/api/v1/frontdesk/dashboard?from=2026-02-01&to=2026-01-01").body()).contains("\"field\":\"from\"");
		assertThat(head.get("/api/v1/frontdesk/dashboard?from=2020-01-01&to=2026-01-01").body()).contains("\"field\":\"from\"");
		assertThat(head.post("/api/v1/frontdesk/applications/KAR-Z-1900-000001/status", "{\"status\": \"READY\"}").status())
			.isEqualTo(404);
		assertThat(count("frontdesk_application")).isEqualTo(applications);
		assertThat(count("frontdesk_visit")).isEqualTo(visits);
	}

	@Test
	void anotherMunicipalityAndOtherRolesGetNothing() {
		Api clerk = as("karool.clerk");
		String number = clerk.post("/api/v1/frontdesk/applications", "{\"service\": \"household_book_change\", \"applicantName\": \"Б\"}")
			.json().get("number").asString();
		long visit = clerk.post("/api/v1/frontdesk/visits", "{\"service\": \"livestock\"}").json().get("id").asLong();
		Api other = as("razzakov.clerk");
		assertThat(other.get("/api/v1/frontdesk/applications/" + number).status()).isEqualTo(404);
		assertThat(other.post("/api/v1/frontdesk/applications/" + number + "/status", "{\"status\": \"IN_PROGRESS\"}").status())
			.isEqualTo(404);
		assertThat(other.get("/api/v1/frontdesk/applications?q=" + number).json().get("total").asLong()).isZero();
		assertThat(other.post("/api/v1/frontdesk/visits/" + visit + "/call", "").status()).isEqualTo(404);
		assertThat(other.get("/api/v1/frontdesk/visits").body()).doesNotContain("\"id\":" + visit + ",");
		assertThat(as("razzakov.head").get("/api/v1/frontdesk/dashboard").json().get("served").asLong())
			.as("Razzakov has served no one").isZero();

		Api cashier = as("karool.cashier");
		assertThat(cashier.get("/api/v1/frontdesk/applications/" + number).status()).isEqualTo(404);
		assertThat(cashier.get("/api/v1/frontdesk/applications").json().get("total").asLong()).isZero();
		assertThat(cashier.post("/api/v1/frontdesk/visits", "{\"service\": \"residence\"}").status()).isIn(403, 404);
		assertThat(cashier.get("/api/v1/frontdesk/visits").status()).isEqualTo(403);
		assertThat(cashier.get("/api/v1/frontdesk/dashboard").status()).isIn(403, 404);
		assertThat(clerk.get("/api/v1/frontdesk/dashboard").status()).as("the dashboard is the head's").isIn(403, 404);
		Api auditor = as("karool.auditor");
		assertThat(auditor.get("/api/v1/frontdesk/applications/" + number).status()).isEqualTo(200);
		assertThat(auditor.post("/api/v1/frontdesk/applications/" + number + "/status", "{\"status\": \"IN_PROGRESS\"}").status())
			.isIn(403, 404);
		assertThat(auditor.post("/api/v1/frontdesk/visits", "{\"service\": \"residence\"}").status()).isIn(403, 404);
		assertThat(new Api(port, null).get("/api/v1/frontdesk/services").status()).isEqualTo(401);
	}

	@Test
	void theHeadKeepsTheCatalog() {
		Api head = as("karool.head");
		Api.Reply services = head.get("/api/v1/frontdesk/services");
		assertThat(services.body()).contains("\"code\":\"residence\"").contains("\"code\":\"land_plot_allotment\"")
			.contains("\"deadlineDays\":30");
	}

	JsonNode find(Api api, long visitId) {
		for (JsonNode v : api.get("/api/v1/frontdesk/visits").json()) {
			if (v.get("id").asLong() == visitId) {
				return v;
			}
		}
		throw new AssertionError("visit " + visitId + " not in today's list");
	}
}
