package kg.tereze.frontdesk;

import java.net.http.HttpResponse;
import java.util.Map;

import kg.tereze.support.PdfText;
import kg.tereze.support.RunningApplication;
import kg.tereze.support.TestUsers;
import kg.tereze.support.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The single window's pages as forms in a browser post them: what was typed comes back with the error, and roles hold. */
@RunningApplication
class FrontdeskPagesIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	WebSession as(String role) {
		return WebSession.signedIn(port, TestUsers.create(port, "karool.admin", role).username(), TestUsers.PASSWORD);
	}

	@Test
	void theHeadAddsAServiceAndABadOneComesBackAsTyped() {
		WebSession head = as("HEAD");
		assertThat(head.get("/frontdesk/services/new").statusCode()).isEqualTo(200);
		HttpResponse<String> bad = head.post("/frontdesk/services/new", Map.of("code", "9bad", "nameKy", "Жер бөлүү",
				"nameRu", "Отвод земли", "kind", "APPLICATION", "deadlineDays", "10", "responsibleRole", "HEAD", "active", "on"));
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("id=\"service-error\"").contains("Жер бөлүү").contains("Отвод земли");
		HttpResponse<String> noDays = head.post("/frontdesk/services/new", Map.of("code", "pasture_ticket", "nameKy", "Жайыт билети",
				"nameRu", "Пастбищный билет", "kind", "APPLICATION", "deadlineDays", "0", "responsibleRole", "HEAD"));
		assertThat(noDays.statusCode()).isEqualTo(400);
		assertThat(noDays.body()).contains("Жайыт билети");
		String code = "pasture_" + Long.toString(System.nanoTime(), 36);
		HttpResponse<String> saved = head.post("/frontdesk/services/new", Map.of("code", code, "nameKy", "Жайыт билети",
				"nameRu", "Пастбищный билет", "kind", "APPLICATION", "deadlineDays", "3", "fee", "150,50",
				"responsibleRole", "ACCOUNTANT", "documentsKy", "Паспорт", "active", "on"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(head.get("/frontdesk/services").body()).contains("Пастбищный билет").contains("150,50");
		assertThat(jdbc.sql("select fee_tyiyn from frontdesk_service where code = ?").param(code).query(Long.class).single())
			.isEqualTo(15050L);
	}

	@Test
	void aClerkGivesATicketPrintsItAndServesTheVisitor() {
		WebSession clerk = as("CLERK");
		HttpResponse<String> queue = clerk.get("/frontdesk");
		assertThat(queue.statusCode()).isEqualTo(200);
		assertThat(queue.body()).contains("id=\"visit-new\"").contains("id=\"my-desk\"");
		HttpResponse<String> noService = clerk.post("/frontdesk/visits", Map.of("service", "", "visitorName", "Айгүл"));
		assertThat(noService.statusCode()).isEqualTo(400);
		assertThat(noService.body()).contains("value=\"Айгүл\"");
		HttpResponse<String> given = clerk.post("/frontdesk/visits", Map.of("service", "land_plot", "visitorName", "Айгүл"));
		assertThat(given.statusCode()).isEqualTo(302);
		String location = given.headers().firstValue("Location").orElseThrow();
		long id = Long.parseLong(location.replaceAll(".*ticket=", ""));
		HttpResponse<String> shown = clerk.get("/frontdesk?ticket=" + id);
		assertThat(shown.body()).contains("id=\"print-ticket\"");
		HttpResponse<byte[]> pdf = clerk.getBytes("/frontdesk/visits/" + id + "/ticket.pdf");
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		String text = PdfText.of(pdf.body());
		assertThat(text).contains("Кезек талону").contains("Талон очереди").contains("Жер тилкеси жөнүндө маалымкат");

		assertThat(clerk.post("/frontdesk/visits/" + id + "/call", Map.of()).statusCode()).isEqualTo(302);
		HttpResponse<String> desk = clerk.get("/frontdesk");
		assertThat(desk.body()).contains("id=\"current-ticket\"").contains("id=\"issue-certificate\"");
		HttpResponse<String> busy = clerk.post("/frontdesk/call", Map.of());
		assertThat(busy.statusCode()).isEqualTo(400);
		assertThat(busy.body()).contains("id=\"desk-error\"");
		assertThat(clerk.post("/frontdesk/visits/" + id + "/finish", Map.of()).statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select status from frontdesk_visit where id = ?").param(id).query(String.class).single()).isEqualTo("SERVED");
	}

	@Test
	void aRegistrationFormKeepsWhatWasTyped() {
		WebSession clerk = as("CLERK");
		assertThat(clerk.get("/frontdesk/applications/new").statusCode()).isEqualTo(200);
		HttpResponse<String> bad = clerk.post("/frontdesk/applications/new", Map.of("service", "address_assignment",
				"pin", "123", "name", "Турдубаева Мээрим", "phone", "+996 555 100 200", "details", "Дарек керек", "key", "k1"));
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("id=\"application-error\"").contains("Турдубаева Мээрим").contains("+996 555 100 200")
			.contains("Дарек керек");
		HttpResponse<String> ok = clerk.post("/frontdesk/applications/new", Map.of("service", "address_assignment",
				"name", "Турдубаева Мээрим", "phone", "+996 555 100 200", "details", "Дарек керек",
				"key", java.util.UUID.randomUUID().toString()));
		assertThat(ok.statusCode()).isEqualTo(302);
		String card = ok.headers().firstValue("Location").orElseThrow();
		assertThat(card).contains("/frontdesk/applications/KAR-Z-");
		HttpResponse<String> page = clerk.get(card.replaceAll("^https?://[^/]+", ""));
		assertThat(page.statusCode()).as(card).isEqualTo(200);
		assertThat(page.body()).contains("Турдубаева Мээрим").contains("id=\"step-ASSIGNED\"");
		String number = card.replaceAll(".*/", "");
		HttpResponse<String> noReason = clerk.post("/frontdesk/applications/" + number + "/status", Map.of("status", "REJECTED", "note", ""));
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(noReason.body()).contains("id=\"step-error\"");
		assertThat(clerk.get("/frontdesk/applications?q=Турдубаева").body()).contains(number);
		HttpResponse<byte[]> xlsx = clerk.getBytes("/frontdesk/applications/export.xlsx?status=ALL");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		assertThat(xlsx.body().length).isGreaterThan(1000);
		assertThat(clerk.get("/frontdesk/applications?status=NOPE").statusCode()).isEqualTo(400);
	}

	@Test
	void theDashboardIsTheHeadsAndTheQueueIsTheDesks() {
		WebSession head = as("HEAD");
		HttpResponse<String> dash = head.get("/frontdesk/dashboard?from=2026-11-01&to=2026-11-24");
		assertThat(dash.statusCode()).isEqualTo(200);
		assertThat(dash.body()).contains("id=\"figures\"");
		HttpResponse<String> bad = head.get("/frontdesk/dashboard?from=soon");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("value=\"soon\"");
		assertThat(head.get("/frontdesk/board").statusCode()).isEqualTo(200);

		WebSession cashier = as("CASHIER");
		assertThat(cashier.get("/frontdesk").statusCode()).isEqualTo(403);
		assertThat(cashier.get("/frontdesk/dashboard").statusCode()).isEqualTo(403);
		assertThat(cashier.post("/frontdesk/visits", Map.of("service", "residence")).statusCode()).isEqualTo(403);
		WebSession clerk = as("CLERK");
		assertThat(clerk.get("/frontdesk/dashboard").statusCode()).isEqualTo(403);
		assertThat(clerk.get("/frontdesk/services/new").statusCode()).isEqualTo(403);
		assertThat(clerk.post("/frontdesk/services/new", Map.of("code", "x_y")).statusCode()).isEqualTo(403);
		WebSession auditor = as("AUDITOR");
		assertThat(auditor.get("/frontdesk").statusCode()).isEqualTo(200);
		assertThat(auditor.post("/frontdesk/visits", Map.of("service", "residence")).statusCode()).isEqualTo(403);
	}
}
