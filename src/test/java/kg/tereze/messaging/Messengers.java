package kg.tereze.messaging;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.github.tomakehurst.wiremock.WireMockServer;
import kg.tereze.messaging.internal.Secrets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * WhatsApp's and Telegram's side in tests: deliveries to our webhooks as they send them, and their
 * APIs played by WireMock on the port the test profile names.
 */
public final class Messengers {

	public static final String WA_NUMBER = "109876543210001";

	public static final String TG_SECRET = "demo-telegram-secret";

	private static WireMockServer server;

	private final int port;

	private final HttpClient http = HttpClient.newHttpClient();

	public Messengers(int port) {
		this.port = port;
	}

	/** One server for every test class that needs it; it answers sends with success unless told otherwise. */
	public static synchronized WireMockServer server() {
		if (server == null) {
			server = new WireMockServer(options().port(18089));
			server.start();
			server.stubFor(post(urlPathMatching("/wa/v21.0/[0-9]+/messages")).atPriority(10)
				.willReturn(okJson("{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.out\"}]}")));
			server.stubFor(post(urlPathMatching("/tg/bot[^/]+/sendMessage")).atPriority(10)
				.willReturn(okJson("{\"ok\":true,\"result\":{\"message_id\":77}}")));
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server;
	}

	public static String phone() {
		return "99655" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
	}

	public static String chat() {
		return Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
	}

	public static String waMessage(String from, String message) {
		return """
				{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{
				 "messaging_product":"whatsapp","metadata":{"display_phone_number":"996312000000","phone_number_id":"%s"},
				 "contacts":[{"profile":{"name":"Азамат Эсенов"},"wa_id":"%s"}],
				 "messages":[%s]}}]}]}""".formatted(WA_NUMBER, from, message);
	}

	public static String waText(String from, String id, String text) {
		return waMessage(from, """
				{"from":"%s","id":"%s","timestamp":"%d","type":"text","text":{"body":"%s"}}"""
			.formatted(from, id, System.currentTimeMillis() / 1000, text));
	}

	public static String wamid() {
		return "wamid." + UUID.randomUUID();
	}

	public HttpResponse<String> whatsApp(String body, String signature) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/whatsapp"))
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (signature != null) {
			b.header("X-Hub-Signature-256", signature);
		}
		return send(b);
	}

	public HttpResponse<String> whatsApp(String body) {
		return whatsApp(body, Secrets.hubSignature(body.getBytes(StandardCharsets.UTF_8), "demo-app-secret"));
	}

	public HttpResponse<String> telegram(String body, String secret) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/telegram"))
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (secret != null) {
			b.header("X-Telegram-Bot-Api-Secret-Token", secret);
		}
		return send(b);
	}

	public static String tgText(long updateId, String chat, int messageId, String text) {
		return """
				{"update_id":%d,"message":{"message_id":%d,"from":{"id":%s,"is_bot":false,"first_name":"Гүлнара","last_name":"Асанова"},
				 "chat":{"id":%s,"type":"private"},"date":%d,"text":"%s"}}"""
			.formatted(updateId, messageId, chat, chat, System.currentTimeMillis() / 1000, text);
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET());
	}

	private HttpResponse<String> send(HttpRequest.Builder b) {
		try {
			return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder status(int status) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
			.withBody("{\"ok\":false,\"error_code\":" + status + ",\"description\":\"test\"}");
	}
}
