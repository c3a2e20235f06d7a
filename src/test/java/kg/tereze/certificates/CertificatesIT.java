package kg.tereze.certificates;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import kg.tereze.support.Api;
import kg.tereze.support.PdfText;
import kg.tereze.support.QrInPdf;
import kg.tereze.support.RunningApplication;
import kg.tereze.support.WebSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A clerk issues every built-in certificate through the API; the PDF, the QR signature and the public page hold up. */
@RunningApplication
class CertificatesIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api clerk() {
		return new Api(port, Api.demoToken("karool.clerk"));
	}

	/** A Karool resident whose household holds land and has a livestock count, and whose head they are. */
	String residentWithLandAndLivestock() {
		return jdbc.sql("""
				select p.pin from person p join membership ms on ms.person_id = p.id and ms.valid_to is null and ms.relation = 'HEAD'
				  join household h on h.id = ms.household_id join municipality m on m.id = h.municipality_id
				 where m.code = 'KAR' and p.death_date is null and p.pin is not null
				   and exists (select 1 from land_plot l where l.household_id = h.id and l.valid_to is null)
				   and exists (select 1 from livestock_count c where c.household_id = h.id)
				 order by p.id limit 1""").query(String.class).single();
	}

	@Test
	void everyBuiltInTypeIsIssuedWithANumberAndAPdfInKyrgyzAndRussian() {
		String pin = residentWithLandAndLivestock();
		for (String type : new String[] { "RESIDENCE", "FAMILY_COMPOSITION", "LAND_PLOT", "LIVESTOCK", "SOCIAL_ASSISTANCE" }) {
			Api.Reply reply = clerk().post("/api/v1/certificates",
					"{\"type\": \"%s\", \"personPin\": \"%s\", \"purpose\": \"Социалдык фондго\"}".formatted(type, pin));
			assertThat(reply.status()).as(reply.body()).isEqualTo(201);
			JsonNode c = reply.json();
			assertThat(c.get("number").asString()).matches("KAR-\\d{4}-\\d{6}");
			assertThat(c.get("verificationCode").asString()).matches("[0-9A-Z]{12}");
			assertThat(c.get("valid").asBoolean()).isTrue();

			HttpResponse<byte[]> pdf = clerk().getBytes(c.get("pdfUrl").asString());
			assertThat(pdf.statusCode()).isEqualTo(200);
			assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
			String text = PdfText.of(pdf.body());
			assertThat(text).contains(c.get("number").asString(), pin, "Кароол айыл өкмөтү",
					"Токтосунов Марат Жолдошбекович", "Айыл өкмөтүнүн башчысы", "Глава айыл окмоту",
					c.get("verificationCode").asString().substring(0, 4));
			if (!type.equals("SOCIAL_ASSISTANCE")) {
				assertThat(text).contains("Социалдык фондго");
			}
			assertThat(text).as("Kyrgyz letters copy out as text").containsPattern("[өүң]");
			assertThat(QrInPdf.texts(pdf.body())).as("the printed QR code, read back as a phone reads it")
				.singleElement().asString().contains("/verify/" + c.get("verificationCode").asString());
		}
	}

	@Test
	void aReprintIsTheOriginalAndTheDataItCameFromIsKept() {
		JsonNode c = issue("FAMILY_COMPOSITION", residentWithLandAndLivestock());
		String number = c.get("number").asString();
		String first = PdfText.of(clerk().getBytes("/api/v1/certificates/" + number + "/pdf").body());
		String again = PdfText.of(clerk().getBytes("/api/v1/certificates/" + number + "/pdf").body());
		assertThat(again).isEqualTo(first);
		JsonNode from = clerk().get("/api/v1/certificates/" + number + "/issued-from").json();
		assertThat(from.get("ru").get("tables").get("members").get("rows").size())
			.isEqualTo(from.get("ky").get("tables").get("members").get("rows").size()).isPositive();
		assertThatThrownBy(() -> jdbc.sql("update certificate set purpose = 'forged' where number = ?").param(number).update())
			.hasMessageContaining("never changed");
	}

	@Test
	void theQrSignatureVerifiesWithThePublishedKeyAndThePublicPageMasksTheName() throws Exception {
		JsonNode c = issue("RESIDENCE", residentWithLandAndLivestock());
		String qr = c.get("qrContent").asString();
		String[] parts = qr.substring(qr.indexOf('#') + 1).split("\\.");
		byte[] content = Base64.getUrlDecoder().decode(parts[0]);
		String keyId = c.get("keyId").asString();

		String pem = new WebSession(port).get("/verify/keys/" + keyId + ".pem").body();
		byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
		Signature ed = Signature.getInstance("Ed25519");
		ed.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der)));
		ed.update(content);
		assertThat(ed.verify(Base64.getUrlDecoder().decode(parts[1]))).isTrue();
		assertThat(new String(content, StandardCharsets.UTF_8)).contains(c.get("number").asString(), c.get("personName").asString());

		var page = new WebSession(port).get("/verify/" + c.get("verificationCode").asString() + "?lang=ru");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Подлинная и действительная", c.get("number").asString(), "Кароолский айыл окмоту")
			.doesNotContain(c.get("personName").asString()).doesNotContain(c.get("personPin").asString());
		assertThat(new WebSession(port).get("/verify/keys").body()).contains(keyId, "Ed25519");
	}

	@Test
	void anAnnulledCertificateStaysInTheJournalAndVerifiesAsAnnulled() {
		JsonNode c = issue("RESIDENCE", residentWithLandAndLivestock());
		String number = c.get("number").asString();
		Api head = new Api(port, Api.demoToken("karool.head"));
		assertThat(head.post("/api/v1/certificates/" + number + "/annulment", "{\"reason\": \"\"}").status()).isEqualTo(400);
		Api.Reply annulled = head.post("/api/v1/certificates/" + number + "/annulment", "{\"reason\": \"Фамилия жазылышы ката\"}");
		assertThat(annulled.status()).as(annulled.body()).isEqualTo(200);
		assertThat(annulled.json().get("valid").asBoolean()).isFalse();
		Api.Reply twice = head.post("/api/v1/certificates/" + number + "/annulment", "{\"reason\": \"again\"}");
		assertThat(twice.status()).isEqualTo(400);
		assertThat(twice.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");

		var page = new WebSession(port).get("/verify/" + c.get("verificationCode").asString() + "?lang=ky");
		assertThat(page.body()).contains("жокко чыгарылган");
		assertThat(clerk().get("/api/v1/certificates?status=ANNULLED&q=" + number).body()).contains(number);
		assertThat(PdfText.of(clerk().getBytes("/api/v1/certificates/" + number + "/pdf").body())).contains("АННУЛИРОВАНА");
	}

	@Test
	void aWrongCodeSaysOnlyThatItIsWrong() {
		var page = new WebSession(port).get("/verify/ZZZZZZZZZZZZ?lang=en");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("No certificate has this code").doesNotContain("KAR-");
		assertThat(new WebSession(port).get("/verify/%3Cscript%3E").statusCode()).isEqualTo(404);
	}

	@Test
	void aCustomTypeIsCheckedSavedAndIssued() {
		Api admin = new Api(port, Api.demoToken("karool.admin"));
		Api.Reply bad = admin.put("/api/v1/certificate-types/PASTURE_USE", """
				{"nameKy": "Жайыт", "nameRu": "Пастбище", "nameEn": "Pasture", "bodyKy": "{{person.fullName}} {{person.nickname}}",
				 "bodyRu": "{{person.fullName}}", "active": true}""");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("bodyKy");
		assertThat(bad.body()).contains("person.nickname");
		Api.Reply ok = admin.put("/api/v1/certificate-types/PASTURE_USE", """
				{"nameKy": "Жайыт пайдалануу жөнүндө маалымкат", "nameRu": "Справка о пользовании пастбищем", "nameEn": "Pasture use",
				 "bodyKy": "{{person.fullName}} {{village}} айылында жайыт пайдаланат.\\n\\n{{livestock}}",
				 "bodyRu": "{{person.fullName}} пользуется пастбищем в с. {{village}}.\\n\\n{{livestock}}", "active": true}""");
		assertThat(ok.status()).as(ok.body()).isEqualTo(200);
		JsonNode c = issue("PASTURE_USE", residentWithLandAndLivestock());
		assertThat(PdfText.of(clerk().getBytes(c.get("pdfUrl").asString()).body())).contains("пользуется пастбищем");
	}

	JsonNode issue(String type, String pin) {
		Api.Reply reply = clerk().post("/api/v1/certificates", "{\"type\": \"%s\", \"personPin\": \"%s\"}".formatted(type, pin));
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.json();
	}
}
