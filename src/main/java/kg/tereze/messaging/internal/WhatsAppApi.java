package kg.tereze.messaging.internal;

import java.util.List;
import java.util.Map;

import kg.tereze.messaging.internal.ChannelStore.Channel;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/** The WhatsApp Business Cloud API: {@code /{phone-number-id}/messages} to send, {@code /{media-id}} to fetch a photo. */
@Component
class WhatsAppApi {

	private final Http http;

	private final MessagingSettings settings;

	WhatsAppApi(Http http, MessagingSettings settings) {
		this.http = http;
		this.settings = settings;
	}

	/**
	 * Free text inside the 24 hours after the resident last wrote; outside them WhatsApp takes only an
	 * approved template, so the text goes as its one parameter (which may hold no line breaks).
	 */
	String send(Channel channel, String to, String body, String language, boolean withinWindow) {
		Map<String, Object> message = withinWindow
				? Map.of("messaging_product", "whatsapp", "recipient_type", "individual", "to", to, "type", "text",
						"text", Map.of("preview_url", false, "body", body))
				: Map.of("messaging_product", "whatsapp", "recipient_type", "individual", "to", to, "type", "template",
						"template", Map.of("name", settings.template(), "language", Map.of("code", language),
								"components", List.of(Map.of("type", "body", "parameters",
										List.of(Map.of("type", "text", "text", templateText(body)))))));
		JsonNode answer = http.postJson(settings.whatsAppApi() + "/" + channel.externalId() + "/messages",
				channel.sendToken(), message);
		return answer.path("messages").path(0).path("id").asString("");
	}

	static String templateText(String body) {
		return body.replaceAll("\\s*[\\r\\n\\t]+\\s*", " · ").replaceAll(" {4,}", "   ");
	}

	/** The media's address first, then the file itself, both with the channel's token. */
	Http.Download fetch(Channel channel, String mediaId, int maxBytes) {
		JsonNode info = http.getJson(settings.whatsAppApi() + "/" + mediaId, channel.sendToken());
		if (info.path("file_size").asLong(0) > maxBytes) {
			return new Http.Download(info.path("mime_type").asString(""), null);
		}
		Http.Download file = http.download(info.path("url").asString(), channel.sendToken(), maxBytes);
		String type = info.path("mime_type").asString("");
		return type.isEmpty() ? file : new Http.Download(type, file.content());
	}
}
