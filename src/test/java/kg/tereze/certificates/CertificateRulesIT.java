package kg.tereze.certificates;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import kg.tereze.certificates.internal.VerificationRateLimit;
import kg.tereze.support.Api;
import kg.tereze.support.RunningApplication;
import kg.tereze.support.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What stops a certificate (each says what to fix, and no number is used), who may do what, other
 * municipalities, twenty clerks at once, and the rate limit of the public page.
 */
@RunningApplication
class CertificateRulesIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	VerificationRateLimit rateLimit;

	Api karoolClerk() {
		return new Api(port, Api.demoToken("karool.clerk"));
	}

	String karoolPin(String condition) {
		return jdbc.sql("""
				select p.pin from person p join membership ms on ms.person_id = p.id and ms.valid_to is null
				  join household h on h.id = ms.household_id join municipality m on m.id = h.municipality_id
				 where m.code = 'KAR' and p.death_date is null and p.pin is not null and\s""" + condition + " order by p.id limit 1")
			.query(String.class).single();
	}

	String state() {
		return jdbc.sql("""
				select (select count(*) from certificate) || '/' ||
				       coalesce((select sum(last_number) from reference_counter where series = 'CERT'), 0)""")
			.query(String.class).single();
	}

	void refused(Api api, String body, int status, String field, String words) {
		String before = state();
		Api.Reply reply = api.post("/api/v1/certificates", body);
		assertThat(reply.status()).as(reply.body()).isEqualTo(status);
		if (field != null) {
			assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
			assertThat(reply.json().get("detail").asString()).contains(words);
		}
		assertThat(state()).as("nothing issued, no number used").isEqualTo(before);
	}

	@Test
	void badRequestsSayWhatToFixAndUseNoNumber() {
		String pin = karoolPin("true");
		refused(karoolClerk(), "{\"type\": \"PASSPORT\", \"personPin\": \"" + pin + "\"}", 400, "type", "PASSPORT");
		refused(karoolClerk(), "{\"type\": \"RESIDENCE\"}", 400, "personPin", "PIN");
		refused(karoolClerk(), "{\"type\": \"RESIDENCE\", \"personPin\": \"12345\"}", 400, "personPin", "12345");
		refused(karoolClerk(), "{\"type\": \"RESIDENCE\", \"personPin\": \"" + pin + "\", \"purpose\": \"" + "x".repeat(301) + "\"}",
				400, "purpose", "300");
		refused(karoolClerk(), "{\"type\": ", 400, null, null);
		refused(karoolClerk(), "[1, 2]", 400, null, null);
		String landless = karoolPin("not exists (select 1 from land_plot l where l.household_id = h.id and l.valid_to is null)");
		refused(karoolClerk(), "{\"type\": \"LAND_PLOT\", \"personPin\": \"" + landless + "\"}", 400, "household", "land plot");
	}

	@Test
	void aPersonWithNoHouseholdIsSentToTheRegister() {
		Api registrar = new Api(port, Api.demoToken("karool.registrar"));
		String pin = karoolPin("ms.relation <> 'HEAD'");
		long personId = jdbc.sql("select id from person where pin = ?").param(pin).query(Long.class).single();
		Api.Reply moved = registrar.post("/api/v1/registry/persons/" + personId + "/move-out",
				"{\"date\": \"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bishkek")).minusDays(1) + "\"}");
		assertThat(moved.status()).as(moved.body()).isBetween(200, 204);
		refused(karoolClerk(), "{\"type\": \"RESIDENCE\", \"personPin\": \"" + pin + "\"}", 400, "personPin", "not a member of any household");
	}

	@Test
	void withoutASignatoryNothingIsIssued() {
		String pin = jdbc.sql("""
				select p.pin from person p join membership ms on ms.person_id = p.id and ms.valid_to is null
				  join household h on h.id = ms.household_id join municipality m on m.id = h.municipality_id
				 where m.code = 'RAZ' and p.death_date is null and p.pin is not null order by p.id limit 1""")
			.query(String.class).single();
		long razzakov = jdbc.sql("select id from municipality where code = 'RAZ'").query(Long.class).single();
		var signatory = jdbc.sql("select full_name, position_ky, position_ru from signatory where municipality_id = ? and until is null")
			.param(razzakov).query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) }).single();
		jdbc.sql("update signatory set until = now() where municipality_id = ? and until is null").param(razzakov).update();
		try {
			refused(new Api(port, Api.demoToken("razzakov.clerk")), "{\"type\": \"RESIDENCE\", \"personPin\": \"" + pin + "\"}",
					400, "signatory", "signatory");
		}
		finally {
			jdbc.sql("insert into signatory (municipality_id, full_name, position_ky, position_ru, since) values (?, ?, ?, ?, now())")
				.params(razzakov, signatory[0], signatory[1], signatory[2]).update();
		}
	}

	@Test
	void onlyClerksAndHeadsIssueAndAnotherMunicipalitySeesNothing() {
		String pin = karoolPin("true");
		Api.Reply issued = karoolClerk().post("/api/v1/certificates", "{\"type\": \"RESIDENCE\", \"personPin\": \"" + pin + "\"}");
		String number = issued.json().get("number").asString();
		for (String user : new String[] { "karool.registrar", "karool.accountant", "karool.auditor", "karool.cashier" }) {
			refused(new Api(port, Api.demoToken(user)), "{\"type\": \"RESIDENCE\", \"personPin\": \"" + pin + "\"}", 403, null, null);
		}
		assertThat(new Api(port, Api.demoToken("karool.auditor")).get("/api/v1/certificates/" + number).status()).isEqualTo(200);
		assertThat(new Api(port, Api.demoToken("karool.auditor")).post("/api/v1/certificates/" + number + "/annulment",
				"{\"reason\": \"no right\"}").status()).isEqualTo(403);
		assertThat(new Api(port, Api.demoToken("karool.registrar")).get("/api/v1/certificates/" + number).status()).isEqualTo(403);

		Api razzakov = new Api(port, Api.demoToken("razzakov.clerk"));
		assertThat(razzakov.get("/api/v1/certificates/" + number).status()).isEqualTo(404);
		assertThat(razzakov.getBytes("/api/v1/certificates/" + number + "/pdf").statusCode()).isEqualTo(404);
		assertThat(razzakov.get("/api/v1/certificates/" + number + "/issued-from").status()).isEqualTo(404);
		assertThat(razzakov.post("/api/v1/certificates/" + number + "/annulment", "{\"reason\": \"not ours\"}").status()).isEqualTo(404);
		assertThat(razzakov.get("/api/v1/certificates?q=" + number).body()).doesNotContain(number);
		refused(razzakov, "{\"type\": \"RESIDENCE\", \"personPin\": \"" + pin + "\"}", 400, "personPin", pin);

		WebSession web = WebSession.signedIn(port, "razzakov.clerk", "demo");
		assertThat(web.get("/certificates/" + number).statusCode()).isEqualTo(404);
		assertThat(web.getBytes("/certificates/" + number + "/pdf").statusCode()).isEqualTo(404);
		assertThat(web.get("/certificates/journal?q=" + number).body()).doesNotContain("/certificates/" + number);
		assertThat(web.post("/certificates/" + number + "/annul", java.util.Map.of("reason", "not ours")).statusCode()).isEqualTo(404);
		assertThat(new Api(port, Api.demoToken("nobody.here")).get("/api/v1/certificates/" + number).status()).isEqualTo(401);
		assertThat(new Api(port, Api.demoToken("karool.clerk")).get("/api/v1/certificates/" + number).json().get("valid").asBoolean()).isTrue();
	}

	@Test
	void twentyClerksAtOnceGetConsecutiveNumbers() throws Exception {
		String pin = karoolPin("true");
		ExecutorService pool = Executors.newFixedThreadPool(20);
		try {
			List<Callable<String>> calls = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				calls.add(() -> {
					Api.Reply r = karoolClerk().post("/api/v1/certificates", "{\"type\": \"RESIDENCE\", \"personPin\": \"" + pin + "\"}");
					assertThat(r.status()).as(r.body()).isEqualTo(201);
					return r.json().get("number").asString();
				});
			}
			List<Integer> numbers = new ArrayList<>();
			for (Future<String> f : pool.invokeAll(calls)) {
				String n = f.get();
				numbers.add(Integer.parseInt(n.substring(n.lastIndexOf('-') + 1)));
			}
			numbers.sort(null);
			assertThat(numbers).doesNotHaveDuplicates();
			assertThat(numbers.get(19) - numbers.get(0)).as("no gap among the twenty").isEqualTo(19);
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void thePublicPageIsRateLimited() {
		rateLimit.forget("127.0.0.1");
		try {
			int limited = 0;
			for (int i = 0; i < 40; i++) {
				if (new WebSession(port).get("/verify/ABCDEFGHJKMN").statusCode() == 429) {
					limited++;
				}
			}
			assertThat(limited).isGreaterThanOrEqualTo(5);
		}
		finally {
			rateLimit.forget("127.0.0.1");
		}
	}
}
