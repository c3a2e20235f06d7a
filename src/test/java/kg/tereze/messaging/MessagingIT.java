package kg.tereze.messaging;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import kg.tereze.support.Api;
import kg.tereze.support.RunningApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static kg.tereze.support.Eventually.until;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Residents write on WhatsApp and Telegram: deliveries are checked, stored once and processed after the
 * answer; answers go out on the real wire formats to a local stand-in for the messengers' APIs.
 */
@RunningApplication
class MessagingIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	static WireMockServer wm;

	@BeforeAll
	static void messengers() {
		wm = Messengers.server();
	}

	Messengers in() {
		return new Messengers(port);
	}

	Api clerk() {
		return new Api(port, Api.demoToken("karool.clerk"));
	}

	long inbound() {
		return jdbc.sql("select count(*) from messaging_inbound").query(Long.class).single();
	}

	Long thread(String address) {
		return jdbc.sql("select id from appeals_thread where address = ?").param(address).query(Long.class).optional().orElse(null);
	}

	long messages(String address, String direction) {
		return jdbc.sql("""
				select count(*) from appeals_message m join appeals_thread t on t.id = m.thread_id
				 where t.address = ? and m.direction = ?""").params(address, direction).query(Long.class).single();
	}

	List<LoggedRequest> sentTo(String path, String recipient) {
		return wm.findAll(postRequestedFor(urlPathMatching(path)).withRequestBody(containing("\"" + recipient + "\"")));
	}

	@Test
	void whatsAppSubscriptionHandshakeAnswersTheChallengeOnlyForTheRightToken() {
		HttpResponse<String> ok = in().get("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=demo-verify-token&hub.challenge=1158201444");
		assertThat(ok.statusCode()).isEqualTo(200);
		assertThat(ok.body()).isEqualTo("1158201444");
		assertThat(in().get("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1").statusCode()).isEqualTo(403);
		assertThat(in().get("/webhooks/whatsapp").statusCode()).isEqualTo(403);
	}

	@Test
	void aDeliveryWithoutTheRightSignatureIsRefusedAndNothingIsStored() {
		String body = Messengers.waText(Messengers.phone(), Messengers.wamid(), "forged");
		long before = inbound();
		assertThat(in().whatsApp(body, null).statusCode()).isEqualTo(401);
		assertThat(in().whatsApp(body, "sha256=00ff").statusCode()).isEqualTo(401);
		assertThat(in().whatsApp(body, "sha256=nothex").statusCode()).isEqualTo(401);
		assertThat(in().whatsApp(body + " ", kg.tereze.messaging.internal.Secrets.hubSignature(
				body.getBytes(java.nio.charset.StandardCharsets.UTF_8), "demo-app-secret")).statusCode()).isEqualTo(401);
		assertThat(in().telegram(Messengers.tgText(1, Messengers.chat(), 1, "forged"), null).statusCode()).isEqualTo(401);
		assertThat(in().telegram(Messengers.tgText(1, Messengers.chat(), 1, "forged"), "wrong-secret").statusCode()).isEqualTo(401);
		assertThat(inbound()).isEqualTo(before);
	}

	@Test
	void aResidentWhosePhoneIsInTheBookIsLinkedToTheirThreadUnlessThePhoneIsShared() {
		String from = Messengers.phone();
		String national = from.substring(3);
		List<Long> people = jdbc.sql("""
				select p.id from person p join municipality m on m.id = p.municipality_id
				 where m.code = 'KAR' and p.death_date is null order by p.id desc limit 3""").query(Long.class).list();
		jdbc.sql("update person set phone = ? where id = ?").params("0" + national.substring(0, 3) + " " + national.substring(3), people.get(0)).update();
		assertThat(in().whatsApp(Messengers.waText(from, Messengers.wamid(), "Салам")).statusCode()).isEqualTo(200);
		until("the thread", () -> thread(from) != null);
		Api.Reply detail = clerk().get("/api/v1/appeals/threads/" + thread(from));
		assertThat(detail.json().get("thread").get("personId").asLong()).isEqualTo(people.get(0));

		String shared = Messengers.phone();
		for (long person : people.subList(1, 3)) {
			jdbc.sql("update person set phone = ? where id = ?").params("+" + shared, person).update();
		}
		assertThat(in().whatsApp(Messengers.waText(shared, Messengers.wamid(), "Салам")).statusCode()).isEqualTo(200);
		until("the thread", () -> thread(shared) != null);
		assertThat(jdbc.sql("select person_id from appeals_thread where id = ?").param(thread(shared)).query(Long.class).optional())
			.as("a phone two residents share links nobody").isEmpty();
	}

	@Test
	void aWhatsAppMessageLandsOnceInItsThreadAndTheAnswerGoesOutAsTextWithinTheWindow() {
		String from = Messengers.phone();
		String body = Messengers.waText(from, Messengers.wamid(), "Салам, көчөдө суу жок");
		assertThat(in().whatsApp(body).statusCode()).isEqualTo(200);
		assertThat(in().whatsApp(body).statusCode()).isEqualTo(200);
		until("the thread", () -> thread(from) != null && messages(from, "IN") == 1);
		assertThat(messages(from, "IN")).isEqualTo(1);
		long thread = thread(from);
		Api.Reply detail = clerk().get("/api/v1/appeals/threads/" + thread);
		assertThat(detail.status()).isEqualTo(200);
		assertThat(detail.body()).contains("Салам, көчөдө суу жок").contains("Азамат Эсенов").contains("+" + from);

		assertThat(clerk().post("/api/v1/appeals/threads/" + thread + "/replies", "{\"text\": \"Бүгүн кечке чейин оңдойбуз\"}").status())
			.isEqualTo(202);
		until("the answer sent", () -> !sentTo("/wa/v21.0/" + Messengers.WA_NUMBER + "/messages", from).isEmpty());
		LoggedRequest sent = sentTo("/wa/v21.0/" + Messengers.WA_NUMBER + "/messages", from).get(0);
		assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer demo-whatsapp-token");
		assertThat(sent.getBodyAsString()).contains("\"type\":\"text\"").contains("\"messaging_product\":\"whatsapp\"")
			.contains("Бүгүн кечке чейин оңдойбуз");
		until("marked sent", () -> clerk().get("/api/v1/appeals/threads/" + thread).body().contains("\"delivery\":\"SENT\""));
		assertThat(clerk().get("/api/v1/appeals/threads/" + thread).body()).contains("\"waiting\":false");
	}

	@Test
	void outsideTheTwentyFourHoursAnAnswerGoesAsTheApprovedTemplate() {
		String from = Messengers.phone();
		in().whatsApp(Messengers.waText(from, Messengers.wamid(), "Суроом бар эле"));
		until("the thread", () -> thread(from) != null);
		jdbc.sql("update messaging_contact set last_inbound_at = ? where address = ?")
			.params(OffsetDateTime.now().minusDays(2), from).update();
		clerk().post("/api/v1/appeals/threads/" + thread(from) + "/replies", "{\"text\": \"Даяр.\\nКелиңиз\"}");
		until("the template sent", () -> !sentTo("/wa/v21.0/.*/messages", from).isEmpty());
		String sent = sentTo("/wa/v21.0/.*/messages", from).get(0).getBodyAsString();
		assertThat(sentTo("/wa/v21.0/.*/messages", from)).hasSize(1);
		assertThat(sent).contains("\"type\":\"template\"").contains("\"name\":\"tereze_update\"").contains("Даяр. · Келиңиз");
	}

	@Test
	void aPhotoIsFetchedWithTheChannelsTokenAndStored() {
		byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4 };
		wm.stubFor(get(urlPathEqualTo("/wa/v21.0/media-ok-1")).willReturn(okJson(
				"{\"url\":\"http://localhost:18089/files/photo-1.jpg\",\"mime_type\":\"image/jpeg\",\"file_size\":8}")));
		wm.stubFor(get(urlPathEqualTo("/files/photo-1.jpg")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "image/jpeg").withBody(jpeg)));
		String from = Messengers.phone();
		in().whatsApp(Messengers.waMessage(from, """
				{"from":"%s","id":"%s","timestamp":"1","type":"image","image":{"id":"media-ok-1","mime_type":"image/jpeg","caption":"Арыкты суу басты"}}"""
			.formatted(from, Messengers.wamid())));
		until("the photo", () -> thread(from) != null && messages(from, "IN") == 1);
		String code = jdbc.sql("""
				select m.media[1] from appeals_message m join appeals_thread t on t.id = m.thread_id where t.address = ?""")
			.param(from).query(String.class).single();
		byte[] stored = jdbc.sql("select content from messaging_media where code = ?").param(code).query(byte[].class).single();
		assertThat(stored).isEqualTo(jpeg);
	}

	@Test
	void aPhotoTooLargeOrAPlaceAbroadIsExplainedToTheResidentAndNothingHalfStored() {
		wm.stubFor(get(urlPathEqualTo("/wa/v21.0/media-huge")).willReturn(okJson(
				"{\"url\":\"http://localhost:18089/files/huge.jpg\",\"mime_type\":\"image/jpeg\",\"file_size\":50000000}")));
		String big = Messengers.phone();
		in().whatsApp(Messengers.waMessage(big, """
				{"from":"%s","id":"%s","timestamp":"1","type":"image","image":{"id":"media-huge"}}""".formatted(big, Messengers.wamid())));
		String abroad = Messengers.phone();
		in().whatsApp(Messengers.waMessage(abroad, """
				{"from":"%s","id":"%s","timestamp":"1","type":"location","location":{"latitude":55.75,"longitude":37.62}}"""
			.formatted(abroad, Messengers.wamid())));
		until("both told", () -> !sentTo("/wa/v21.0/.*/messages", big).isEmpty() && !sentTo("/wa/v21.0/.*/messages", abroad).isEmpty());
		assertThat(sentTo("/wa/v21.0/.*/messages", big).get(0).getBodyAsString()).contains("5 MB".replace("MB", "МБ"));
		assertThat(sentTo("/wa/v21.0/.*/messages", abroad).get(0).getBodyAsString()).contains("Кыргызстан");
		assertThat(thread(big)).isNull();
		assertThat(thread(abroad)).isNull();
	}

	@Test
	void aTelegramMessageLandsOnceAndOtherUpdatesAreAcknowledgedAndLeft() {
		String chat = Messengers.chat();
		String update = Messengers.tgText(5001, chat, 12, "Таштанды эки жумадан бери чыгарыла элек");
		assertThat(in().telegram(update, Messengers.TG_SECRET).statusCode()).isEqualTo(200);
		assertThat(in().telegram(update, Messengers.TG_SECRET).statusCode()).isEqualTo(200);
		assertThat(in().telegram("{\"update_id\":5002,\"edited_message\":{\"message_id\":12}}", Messengers.TG_SECRET).statusCode())
			.isEqualTo(200);
		assertThat(in().telegram("{\"update_id\":5003,\"callback_query\":{}}", Messengers.TG_SECRET).statusCode()).isEqualTo(200);
		assertThat(in().telegram("not json", Messengers.TG_SECRET).statusCode()).isEqualTo(400);
		until("the thread", () -> thread(chat) != null && messages(chat, "IN") == 1);
		long thread = thread(chat);
		clerk().post("/api/v1/appeals/threads/" + thread + "/replies", "{\"text\": \"Эртең чыгарылат\"}");
		until("sendMessage", () -> !sentTo("/tg/bot.*/sendMessage", chat).isEmpty());
		LoggedRequest sent = sentTo("/tg/bot.*/sendMessage", chat).get(0);
		assertThat(sent.getUrl()).isEqualTo("/tg/bot100001:demo-karool-bot-token/sendMessage");
		assertThat(sent.getBodyAsString()).contains("\"chat_id\":\"" + chat + "\"").contains("Эртең чыгарылат");
	}

	@Test
	void aFailedSendIsTriedAgainAndARefusalThatWillNotPassIsMarkedFailed() {
		String retried = Messengers.chat();
		wm.stubFor(post(urlPathMatching("/tg/bot.*/sendMessage")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.chat_id", com.github.tomakehurst.wiremock.client.WireMock.equalTo(retried)))
			.inScenario("flaky").whenScenarioStateIs(Scenario.STARTED).willReturn(Messengers.status(502)).willSetStateTo("up"));
		String blocked = Messengers.chat();
		wm.stubFor(post(urlPathMatching("/tg/bot.*/sendMessage")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.chat_id", com.github.tomakehurst.wiremock.client.WireMock.equalTo(blocked)))
			.willReturn(Messengers.status(403)));
		for (String chat : List.of(retried, blocked)) {
			in().telegram(Messengers.tgText(6000, chat, 1, "Салам"), Messengers.TG_SECRET);
		}
		until("threads", () -> thread(retried) != null && thread(blocked) != null);
		clerk().post("/api/v1/appeals/threads/" + thread(retried) + "/replies", "{\"text\": \"Жооп\"}");
		clerk().post("/api/v1/appeals/threads/" + thread(blocked) + "/replies", "{\"text\": \"Жооп\"}");
		until("sent after a retry", () -> "SENT".equals(state(retried)));
		assertThat(jdbc.sql("select attempts from messaging_outbox where recipient = ?").param(retried).query(Integer.class).single())
			.isEqualTo(2);
		until("failed", () -> "FAILED".equals(state(blocked)));
		assertThat(jdbc.sql("select attempts from messaging_outbox where recipient = ?").param(blocked).query(Integer.class).single())
			.isEqualTo(1);
		assertThat(clerk().get("/api/v1/appeals/threads/" + thread(blocked)).body()).contains("\"delivery\":\"FAILED\"");
	}

	String state(String recipient) {
		return jdbc.sql("select state from messaging_outbox where recipient = ? order by id desc limit 1").param(recipient)
			.query(String.class).optional().orElse("");
	}

	@Test
	void aResidentLearnsTheBalanceOfTheirAccountWithoutStaff() {
		String account = jdbc.sql("""
				select a.number from payer_account a join municipality m on m.id = a.municipality_id
				 where m.code = 'KAR' order by a.id limit 1""").query(String.class).single();
		String from = Messengers.phone();
		in().whatsApp(Messengers.waText(from, Messengers.wamid(), account));
		until("the answer", () -> !sentTo("/wa/v21.0/.*/messages", from).isEmpty());
		assertThat(sentTo("/wa/v21.0/.*/messages", from).get(0).getBodyAsString()).contains(account).contains("Лицевой счёт");
		assertThat(clerk().get("/api/v1/appeals/threads/" + thread(from)).body()).contains("\"waiting\":false")
			.contains("\"automatic\":true");
	}

	@Test
	void aResidentHandsInAMeterReadingOnWhatsAppAndALowerOneIsExplained() {
		var meter = jdbc.sql("""
				select a.number, b.id from billing_meter b join payer_account a on a.id = b.account_id
				  join municipality m on m.id = a.municipality_id
				 where m.code = 'KAR' and b.removed_on is null
				   and (select count(*) from billing_meter o where o.account_id = b.account_id and o.removed_on is null) = 1
				 order by b.id limit 1""").query((rs, n) -> new Object[] { rs.getString(1), rs.getLong(2) }).single();
		String account = (String) meter[0];
		long meterId = (Long) meter[1];
		java.math.BigDecimal last = jdbc.sql("""
				select coalesce((select value from billing_reading where meter_id = ? order by read_on desc, id desc limit 1),
				                (select initial_value from billing_meter where id = ?))""")
			.params(meterId, meterId).query(java.math.BigDecimal.class).single();
		long before = jdbc.sql("select count(*) from billing_reading where meter_id = ?").param(meterId).query(Long.class).single();
		String from = Messengers.phone();
		String wamid = Messengers.wamid();
		in().whatsApp(Messengers.waText(from, wamid, account + " " + last.add(java.math.BigDecimal.valueOf(7)).toPlainString()));
		in().whatsApp(Messengers.waText(from, wamid, account + " " + last.add(java.math.BigDecimal.valueOf(7)).toPlainString()));
		until("the answer", () -> !sentTo("/wa/v21.0/.*/messages", from).isEmpty());
		assertThat(sentTo("/wa/v21.0/.*/messages", from).get(0).getBodyAsString()).contains(account, "принято");
		assertThat(jdbc.sql("select source from billing_reading where meter_id = ? order by id desc limit 1").param(meterId)
			.query(String.class).single()).isEqualTo("RESIDENT");
		assertThat(jdbc.sql("select count(*) from billing_reading where meter_id = ?").param(meterId).query(Long.class).single())
			.isEqualTo(before + 1);

		in().whatsApp(Messengers.waText(from, Messengers.wamid(), account + " 0"));
		until("the second answer", () -> sentTo("/wa/v21.0/.*/messages", from).size() == 2);
		assertThat(sentTo("/wa/v21.0/.*/messages", from).stream().map(r -> r.getBodyAsString()).toList())
			.anyMatch(b -> b.contains("меньше последних"));
		assertThat(jdbc.sql("select count(*) from billing_reading where meter_id = ?").param(meterId).query(Long.class).single())
			.isEqualTo(before + 1);
	}

	@Test
	void anotherMunicipalityOrAnotherRoleGetsNoThread() {
		String from = Messengers.phone();
		in().whatsApp(Messengers.waText(from, Messengers.wamid(), "Салам"));
		until("the thread", () -> thread(from) != null);
		long thread = thread(from);
		Api razzakov = new Api(port, Api.demoToken("razzakov.clerk"));
		assertThat(razzakov.get("/api/v1/appeals/threads/" + thread).status()).isEqualTo(404);
		assertThat(razzakov.post("/api/v1/appeals/threads/" + thread + "/replies", "{\"text\": \"x\"}").status()).isEqualTo(404);
		assertThat(razzakov.get("/api/v1/appeals/threads").body()).doesNotContain(from);
		Api cashier = new Api(port, Api.demoToken("karool.cashier"));
		assertThat(cashier.get("/api/v1/appeals/threads/" + thread).status()).isEqualTo(403);
		assertThat(cashier.get("/api/v1/appeals/threads").status()).isEqualTo(403);
		Api auditor = new Api(port, Api.demoToken("karool.auditor"));
		assertThat(auditor.get("/api/v1/appeals/threads/" + thread).status()).isEqualTo(200);
		assertThat(auditor.post("/api/v1/appeals/threads/" + thread + "/replies", "{\"text\": \"x\"}").status()).isEqualTo(403);
		assertThat(clerk().post("/api/v1/appeals/threads/" + thread + "/replies", "{\"text\": \"  \"}").status()).isEqualTo(400);
		assertThat(clerk().post("/api/v1/appeals/threads/" + thread + "/replies", "{\"text\": ").status()).isEqualTo(400);
	}
}
