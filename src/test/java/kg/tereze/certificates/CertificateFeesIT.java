package kg.tereze.certificates;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import kg.tereze.support.Api;
import kg.tereze.support.RunningApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A certificate with a fee: charged by the clerk, paid at the cash desk, then issued; or an exemption noted. */
@RunningApplication
class CertificateFeesIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	String type;

	Api clerk() {
		return new Api(port, Api.demoToken("karool.clerk"));
	}

	Api head() {
		return new Api(port, Api.demoToken("karool.head"));
	}

	/** A type of its own for every test, copied from the residence certificate, with a fee of 100 som. */
	@BeforeEach
	void typeWithAFee() {
		type = "FEE_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 31), 36).toUpperCase();
		JsonNode residence = null;
		for (JsonNode t : clerk().get("/api/v1/certificate-types").json()) {
			if (t.get("code").asString().equals("RESIDENCE")) {
				residence = t;
			}
		}
		Api.Reply saved = new Api(port, Api.demoToken("karool.admin")).put("/api/v1/certificate-types/" + type, """
				{"nameKy": "Акы төлөнүүчү маалымкат", "nameRu": "Платная справка", "nameEn": "Paid certificate",
				 "bodyKy": %s, "bodyRu": %s, "active": true}""".formatted(json(residence.get("bodyKy").asString()),
				json(residence.get("bodyRu").asString())));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		Api.Reply fee = head().put("/api/v1/certificate-types/" + type + "/fee",
				"{\"fee\": \"100\", \"exemptions\": [\"PENSIONER\", \"DISABILITY\"]}");
		assertThat(fee.status()).as(fee.body()).isEqualTo(200);
	}

	static String json(String s) {
		return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

	String resident(boolean pensioner) {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Bishkek"));
		return jdbc.sql("""
				select p.pin from person p join membership ms on ms.person_id = p.id and ms.valid_to is null
				  join household h on h.id = ms.household_id join municipality m on m.id = h.municipality_id
				 where m.code = 'KAR' and p.death_date is null and p.pin is not null and p.sex = 'M'
				   and (p.birth_date <= ?) = ? and p.birth_date <= ?
				 order by random() limit 1""")
			.params(today.minusYears(63), pensioner, today.minusYears(20)).query(String.class).single();
	}

	Api.Reply issue(String pin, String extra) {
		return clerk().post("/api/v1/certificates", "{\"type\": \"%s\", \"personPin\": \"%s\"%s}".formatted(type, pin, extra));
	}

	int counter() {
		return jdbc.sql("""
				select coalesce(max(last_number), 0) from reference_counter r join municipality m on m.id = r.municipality_id
				 where m.code = 'KAR' and r.series = 'CERT'""").query(Integer.class).single();
	}

	@Test
	void theFeeIsChargedPaidAtTheCashDeskAndThenTheCertificateIsIssuedOnce() {
		String pin = resident(false);
		int before = counter();
		Api.Reply unpaid = issue(pin, "");
		assertThat(unpaid.status()).isEqualTo(400);
		assertThat(unpaid.json().get("errors").get(0).get("field").asString()).isEqualTo("fee");
		assertThat(counter()).as("no number used").isEqualTo(before);

		Api.Reply charged = clerk().post("/api/v1/certificates/fees", "{\"type\": \"%s\", \"personPin\": \"%s\"}".formatted(type, pin));
		assertThat(charged.status()).as(charged.body()).isEqualTo(201);
		assertThat(charged.json().get("state").asString()).isEqualTo("UNPAID");
		String account = charged.json().get("account").asString();
		long charge = charged.json().get("chargeEntryId").asLong();
		assertThat(clerk().post("/api/v1/certificates/fees", "{\"type\": \"%s\", \"personPin\": \"%s\"}".formatted(type, pin))
			.json().get("chargeEntryId").asLong()).as("charging twice charges once").isEqualTo(charge);
		assertThat(issue(pin, "").status()).as("charged but not paid").isEqualTo(400);

		Api cashier = new Api(port, Api.demoToken("karool.cashier"));
		cashier.post("/api/v1/cash/shifts", "{\"openingFloat\": \"0\"}");
		Api.Reply paid = cashier.send(cashier.builder("/api/v1/cash/payments").header("Content-Type", "application/json")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.POST(HttpRequest.BodyPublishers.ofString("{\"account\": \"" + account + "\", \"amount\": \"100\"}")));
		assertThat(paid.status()).as(paid.body()).isEqualTo(201);
		assertThat(clerk().get("/api/v1/certificates/fees?type=" + type + "&personPin=" + pin).json().get("state").asString())
			.isEqualTo("PAID");

		Api.Reply issued = issue(pin, "");
		assertThat(issued.status()).as(issued.body()).isEqualTo(201);
		assertThat(jdbc.sql("select fee_entry_id from certificate_fee f join certificate c on c.id = f.certificate_id where c.number = ?")
			.param(issued.json().get("number").asString()).query(Long.class).single()).isEqualTo(charge);
		assertThat(issue(pin, "").status()).as("one fee pays for one certificate").isEqualTo(400);
		assertThat(clerk().get("/api/v1/certificates/fees?type=" + type + "&personPin=" + pin).json().get("state").asString())
			.isEqualTo("NOT_CHARGED");
	}

	@Test
	void anExemptionIsCheckedAndNoted() {
		String young = resident(false);
		assertThat(issue(young, ", \"exemption\": \"DISABILITY\"").json().get("errors").get(0).get("field").asString())
			.isEqualTo("exemptionDocument");
		assertThat(issue(young, ", \"exemption\": \"PENSIONER\"").json().get("errors").get(0).get("field").asString())
			.as("too young").isEqualTo("exemption");
		assertThat(issue(young, ", \"exemption\": \"VETERAN\", \"exemptionDocument\": \"В-1\"").json().get("errors").get(0)
			.get("field").asString()).as("not exempt for this type").isEqualTo("exemption");
		assertThat(issue(young, ", \"exemption\": \"BRIBE\"").status()).isEqualTo(400);

		Api.Reply disabled = issue(young, ", \"exemption\": \"DISABILITY\", \"exemptionDocument\": \"МСЭК № 123456\"");
		assertThat(disabled.status()).as(disabled.body()).isEqualTo(201);
		assertThat(jdbc.sql("select exemption || ' ' || exemption_document from certificate_fee f join certificate c on c.id = f.certificate_id where c.number = ?")
			.param(disabled.json().get("number").asString()).query(String.class).single()).isEqualTo("DISABILITY МСЭК № 123456");

		Api.Reply pensioner = issue(resident(true), ", \"exemption\": \"PENSIONER\"");
		assertThat(pensioner.status()).as(pensioner.body()).isEqualTo(201);
	}

	@Test
	void feesAreSetByTheHeadOrAdministratorFromTodayOnAndChargedByClerks() {
		assertThat(clerk().put("/api/v1/certificate-types/" + type + "/fee", "{\"fee\": \"50\"}").status()).isEqualTo(403);
		assertThat(head().put("/api/v1/certificate-types/" + type + "/fee", "{\"fee\": \"-5\"}").status()).isEqualTo(400);
		assertThat(head().put("/api/v1/certificate-types/" + type + "/fee", "{\"fee\": \"5.555\"}").status()).isEqualTo(400);
		assertThat(head().put("/api/v1/certificate-types/" + type + "/fee", "{\"fee\": \"50\", \"validFrom\": \"2020-01-01\"}")
			.json().get("errors").get(0).get("field").asString()).isEqualTo("validFrom");
		assertThat(head().put("/api/v1/certificate-types/" + type + "/fee", "{\"fee\": \"50\", \"exemptions\": [\"NOBODY\"]}").status()).isEqualTo(400);
		assertThat(head().put("/api/v1/certificate-types/NO_SUCH_TYPE/fee", "{\"fee\": \"50\"}").status()).as("a type named in the path that does not exist").isEqualTo(404);
		assertThat(clerk().get("/api/v1/certificate-types/" + type + "/fee").json().get(0).get("fee").asString()).isEqualTo("100.00");

		String pin = resident(false);
		Api cashier = new Api(port, Api.demoToken("karool.cashier"));
		assertThat(cashier.post("/api/v1/certificates/fees", "{\"type\": \"%s\", \"personPin\": \"%s\"}".formatted(type, pin)).status())
			.isEqualTo(403);
		Api razzakov = new Api(port, Api.demoToken("razzakov.clerk"));
		assertThat(razzakov.post("/api/v1/certificates/fees", "{\"type\": \"%s\", \"personPin\": \"%s\"}".formatted(type, pin)).status())
			.as("another municipality knows neither the type nor the person").isEqualTo(400);
		assertThat(clerk().post("/api/v1/certificates/fees", "{\"type\": \"RESIDENCE\", \"personPin\": \"%s\"}".formatted(pin))
			.json().get("errors").get(0).get("field").asString()).as("a free type").isEqualTo("type");
	}
}
