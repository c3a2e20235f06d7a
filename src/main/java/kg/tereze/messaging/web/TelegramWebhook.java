package kg.tereze.messaging.web;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import kg.tereze.messaging.internal.ChannelStore;
import kg.tereze.messaging.internal.ChannelStore.Channel;
import kg.tereze.messaging.internal.InboundStore;
import kg.tereze.messaging.internal.InboundStore.Arrival;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Telegram Bot API's webhook. Each municipality's bot was given its own secret token with
 * {@code setWebhook}; the token on an update names the bot, and an update without a known one is
 * refused. Only {@code message} updates are kept; the others are acknowledged and left.
 */
@RestController
class TelegramWebhook {

	private final ChannelStore channels;

	private final InboundStore inbound;

	private final JsonMapper json;

	private final Clock clock;

	TelegramWebhook(ChannelStore channels, InboundStore inbound, JsonMapper json, Clock clock) {
		this.channels = channels;
		this.inbound = inbound;
		this.json = json;
		this.clock = clock;
	}

	@PostMapping("/webhooks/telegram")
	ResponseEntity<String> receive(@RequestHeader(name = "X-Telegram-Bot-Api-Secret-Token", required = false) String secret,
			@RequestBody(required = false) byte[] body) {
		Optional<Channel> channel = secret == null || secret.isEmpty() || secret.length() > 256 ? Optional.empty()
				: channels.telegramBySecret(secret);
		if (channel.isEmpty()) {
			return ResponseEntity.status(401).body("");
		}
		JsonNode update;
		try {
			update = json.readTree(body == null ? new byte[0] : body);
		}
		catch (JacksonException e) {
			return ResponseEntity.badRequest().body("");
		}
		JsonNode message = update.path("message");
		String chat = message.path("chat").path("id").asString("");
		if (message.path("message_id").isNumber() && !chat.isEmpty()) {
			String id = chat + ":" + message.path("message_id").asString();
			inbound.store(List.of(new Arrival(channel.get().id(), id, json.writeValueAsString(message))), clock.instant());
		}
		return ResponseEntity.ok("");
	}
}
