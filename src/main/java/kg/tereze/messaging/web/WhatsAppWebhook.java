package kg.tereze.messaging.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kg.tereze.messaging.internal.ChannelStore;
import kg.tereze.messaging.internal.ChannelStore.Channel;
import kg.tereze.messaging.internal.InboundStore;
import kg.tereze.messaging.internal.InboundStore.Arrival;
import kg.tereze.messaging.internal.MessagingSettings;
import kg.tereze.messaging.internal.Secrets;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The WhatsApp Business Cloud API's webhook: the subscription handshake, then deliveries signed
 * with the app secret. A delivery's messages are stored and the delivery answered at once; the
 * rest happens after (statuses and other fields are acknowledged and left).
 */
@RestController
@RequestMapping("/webhooks/whatsapp")
class WhatsAppWebhook {

	private final MessagingSettings settings;

	private final ChannelStore channels;

	private final InboundStore inbound;

	private final JsonMapper json;

	private final Clock clock;

	WhatsAppWebhook(MessagingSettings settings, ChannelStore channels, InboundStore inbound, JsonMapper json, Clock clock) {
		this.settings = settings;
		this.channels = channels;
		this.inbound = inbound;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping(produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> verify(@RequestParam(name = "hub.mode", required = false) String mode,
			@RequestParam(name = "hub.verify_token", required = false) String token,
			@RequestParam(name = "hub.challenge", required = false) String challenge) {
		boolean valid = "subscribe".equals(mode) && challenge != null
				&& settings.verifyToken().map(expected -> Secrets.sameText(expected, token)).orElse(false);
		return valid ? ResponseEntity.ok(challenge) : ResponseEntity.status(403).body("");
	}

	@PostMapping
	ResponseEntity<String> receive(@RequestHeader(name = "X-Hub-Signature-256", required = false) String signature,
			@RequestBody(required = false) byte[] body) {
		byte[] raw = body == null ? new byte[0] : body;
		if (settings.appSecret().filter(secret -> Secrets.validHubSignature(signature, raw, secret)).isEmpty()) {
			return ResponseEntity.status(401).body("");
		}
		JsonNode root;
		try {
			root = json.readTree(raw);
		}
		catch (JacksonException e) {
			return ResponseEntity.badRequest().body("");
		}
		inbound.store(arrivals(root), clock.instant());
		return ResponseEntity.ok("");
	}

	private List<Arrival> arrivals(JsonNode root) {
		List<Arrival> arrivals = new ArrayList<>();
		for (JsonNode entry : root.path("entry")) {
			for (JsonNode change : entry.path("changes")) {
				JsonNode value = change.path("value");
				if (!"messages".equals(change.path("field").asString("")) || !value.path("messages").isArray()) {
					continue;
				}
				Optional<Channel> channel = channels.whatsApp(value.path("metadata").path("phone_number_id").asString(""));
				if (channel.isEmpty()) {
					continue;
				}
				Map<String, String> names = new HashMap<>();
				for (JsonNode contact : value.path("contacts")) {
					names.put(contact.path("wa_id").asString(""), contact.path("profile").path("name").asString(""));
				}
				for (JsonNode message : value.path("messages")) {
					String id = message.path("id").asString("");
					if (id.isEmpty() || id.length() > 200 || message.path("from").asString("").isEmpty()) {
						continue;
					}
					ObjectNode payload = json.createObjectNode();
					payload.put("name", names.getOrDefault(message.path("from").asString(), ""));
					payload.set("message", message);
					arrivals.add(new Arrival(channel.get().id(), id, json.writeValueAsString(payload)));
				}
			}
		}
		return arrivals;
	}
}
