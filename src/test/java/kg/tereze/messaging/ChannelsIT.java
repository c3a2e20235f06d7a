package kg.tereze.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import kg.tereze.support.Api;
import kg.tereze.support.RunningApplication;
import kg.tereze.support.WebSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator connects the municipality's messengers; residents' messages reach it only while it is on. */
@RunningApplication
class ChannelsIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api admin() {
		return new Api(port, Api.demoToken("karool.admin"));
	}

	static String bot() {
		return "village" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "_bot";
	}

	long inbound() {
		return jdbc.sql("select count(*) from messaging_inbound").query(Long.class).single();
	}

	@Test
	void aTelegramBotIsConnectedAndSwitchedOff() {
		Api.Reply added = admin().post("/api/v1/messaging/channels",
				"{\"kind\": \"TELEGRAM\", \"externalId\": \"%s\", \"token\": \"123456789:AAE-test-token_xyz\"}".formatted(bot()));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		String secret = added.json().get("secret").asString();
		long id = added.json().get("channel").get("id").asLong();
		assertThat(secret).hasSize(40);
		assertThat(added.body()).doesNotContain("AAE-test-token");

		Messengers messengers = new Messengers(port);
		long before = inbound();
		assertThat(messengers.telegram(Messengers.tgText(ThreadLocalRandom.current().nextInt(1, 1 << 30), Messengers.chat(), 5, "Салам"), secret)
			.statusCode()).isEqualTo(200);
		assertThat(inbound()).isEqualTo(before + 1);

		assertThat(admin().put("/api/v1/messaging/channels/" + id, "{\"active\": false}").status()).isEqualTo(200);
		assertThat(messengers.telegram(Messengers.tgText(ThreadLocalRandom.current().nextInt(1, 1 << 30), Messengers.chat(), 6, "Салам"), secret)
			.statusCode()).isEqualTo(401);
		assertThat(inbound()).isEqualTo(before + 1);

		Api.Reply renewed = admin().put("/api/v1/messaging/channels/" + id, "{\"active\": true, \"newSecret\": true}");
		String second = renewed.json().get("secret").asString();
		assertThat(second).isNotEqualTo(secret);
		assertThat(messengers.telegram(Messengers.tgText(ThreadLocalRandom.current().nextInt(1, 1 << 30), Messengers.chat(), 7, "Салам"), secret)
			.statusCode()).isEqualTo(401);
		assertThat(messengers.telegram(Messengers.tgText(ThreadLocalRandom.current().nextInt(1, 1 << 30), Messengers.chat(), 8, "Салам"), second)
			.statusCode()).isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'messaging_channel' and entity_id = ?")
			.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void badChannelsAreRefusedAndChangeNothing() {
		long before = jdbc.sql("select count(*) from messaging_channel").query(Long.class).single();
		Map<String, String> bad = new LinkedHashMap<>();
		bad.put("{\"kind\": \"VIBER\", \"externalId\": \"x\", \"token\": \"y\"}", "kind");
		bad.put("{\"kind\": \"WHATSAPP\", \"externalId\": \"12ab\", \"token\": \"EAAG0123456789abcdefghij\"}", "externalId");
		bad.put("{\"kind\": \"WHATSAPP\", \"externalId\": \"109876543210001\", \"token\": \"EAAG0123456789abcdefghij\"}", "externalId");
		bad.put("{\"kind\": \"WHATSAPP\", \"externalId\": \"109876543299999\", \"token\": \"short\"}", "token");
		bad.put("{\"kind\": \"TELEGRAM\", \"externalId\": \"not a bot\", \"token\": \"1:2\"}", "externalId");
		bad.put("{\"kind\": \"TELEGRAM\", \"externalId\": \"%s\", \"token\": \"no-colon-here\"}".formatted(bot()), "token");
		for (var e : bad.entrySet()) {
			Api.Reply reply = admin().post("/api/v1/messaging/channels", e.getKey());
			assertThat(reply.status()).as(e.getKey()).isEqualTo(400);
			assertThat(reply.body()).as(e.getKey()).contains(e.getValue());
		}
		assertThat(admin().post("/api/v1/messaging/channels", "{\"kind\": ").status()).isEqualTo(400);
		assertThat(jdbc.sql("select count(*) from messaging_channel").query(Long.class).single()).isEqualTo(before);
		JsonNode list = admin().get("/api/v1/messaging/channels").json();
		assertThat(list.toString()).contains("109876543210001").doesNotContain("demo-whatsapp-token", "send");
	}

	@Test
	void othersSeeNothingAndChangeNothing() {
		long karoolChannel = admin().get("/api/v1/messaging/channels").json().get(0).get("id").asLong();
		Api head = new Api(port, Api.demoToken("karool.head"));
		assertThat(head.get("/api/v1/messaging/channels").status()).isEqualTo(200);
		assertThat(head.post("/api/v1/messaging/channels", "{\"kind\": \"TELEGRAM\", \"externalId\": \"%s\", \"token\": \"123:abcdefghijkl\"}"
			.formatted(bot())).status()).isEqualTo(403);
		assertThat(new Api(port, Api.demoToken("karool.clerk")).get("/api/v1/messaging/channels").status()).isEqualTo(403);
		Api razzakov = new Api(port, Api.demoToken("razzakov.admin"));
		assertThat(razzakov.get("/api/v1/messaging/channels").body()).doesNotContain("109876543210001");
		assertThat(razzakov.put("/api/v1/messaging/channels/" + karoolChannel, "{\"active\": false}").status()).isEqualTo(404);
		assertThat(jdbc.sql("select active from messaging_channel where id = ?").param(karoolChannel).query(Boolean.class).single()).isTrue();
		WebSession clerk = WebSession.signedIn(port, "karool.clerk", "demo");
		assertThat(clerk.get("/messaging/channels").statusCode()).isEqualTo(403);
		WebSession headWeb = WebSession.signedIn(port, "karool.head", "demo");
		assertThat(headWeb.get("/messaging/channels").body()).contains("karool_tereze_bot").doesNotContain("id=\"channel-form\"");
		assertThat(headWeb.post("/messaging/channels/" + karoolChannel, Map.of("active", "false")).statusCode()).isEqualTo(403);
	}

	@Test
	void theFormKeepsWhatWasTypedButNeverTheToken() {
		WebSession web = WebSession.signedIn(port, "karool.admin", "demo");
		assertThat(web.get("/messaging/channels").body()).contains("karool_tereze_bot", "id=\"channel-form\"");
		String name = bot();
		var refused = web.post("/messaging/channels", Map.of("kind", "TELEGRAM", "externalId", name, "token", "secret-typed-wrong"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains(name, "id=\"channel-error\"").doesNotContain("secret-typed-wrong");
		var made = web.post("/messaging/channels", Map.of("kind", "TELEGRAM", "externalId", name, "token", "987654:Good_token-123"));
		assertThat(made.statusCode()).isEqualTo(200);
		assertThat(made.body()).contains("id=\"channel-secret-value\"", "/webhooks/telegram", name);
	}
}
