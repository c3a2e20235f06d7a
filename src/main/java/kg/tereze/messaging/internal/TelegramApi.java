package kg.tereze.messaging.internal;

import java.util.Map;

import kg.tereze.messaging.internal.ChannelStore.Channel;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/** The Telegram Bot API: {@code sendMessage} to answer, {@code getFile} and the file path to fetch a photo. */
@Component
class TelegramApi {

	private final Http http;

	private final MessagingSettings settings;

	TelegramApi(Http http, MessagingSettings settings) {
		this.http = http;
		this.settings = settings;
	}

	String send(Channel channel, String chatId, String body) {
		JsonNode answer = http.postJson(bot(channel) + "/sendMessage", null, Map.of("chat_id", chatId, "text", body));
		if (!answer.path("ok").asBoolean(false)) {
			throw new ChannelCallFailed(answer.path("description").asString("not ok"), false);
		}
		return answer.path("result").path("message_id").asString("");
	}

	Http.Download fetch(Channel channel, String fileId, int maxBytes) {
		JsonNode file = http.getJson(bot(channel) + "/getFile?file_id=" + java.net.URLEncoder.encode(fileId,
				java.nio.charset.StandardCharsets.UTF_8), null).path("result");
		String path = file.path("file_path").asString("");
		if (file.path("file_size").asLong(0) > maxBytes) {
			return new Http.Download("image/jpeg", null);
		}
		if (path.isEmpty()) {
			throw new ChannelCallFailed("getFile gave no file_path", false);
		}
		Http.Download d = http.download(settings.telegramApi() + "/file/bot" + channel.sendToken() + "/" + path, null, maxBytes);
		// Telegram serves photos as octet-stream; they are JPEG.
		return d.mimeType().startsWith("image/") ? d : new Http.Download("image/jpeg", d.content());
	}

	private String bot(Channel channel) {
		return settings.telegramApi() + "/bot" + channel.sendToken();
	}
}
