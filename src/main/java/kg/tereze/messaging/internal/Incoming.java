package kg.tereze.messaging.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import kg.tereze.messaging.ChannelKind;
import kg.tereze.messaging.Location;
import tools.jackson.databind.JsonNode;

/**
 * What a stored message says, read from the channel's own JSON: who, text (or a photo's caption),
 * a location, photos still to fetch by the channel's file id, a shared phone number.
 */
record Incoming(String from, String senderName, String text, Location location, List<String> fileIds,
		String sharedPhone, Instant sentAt) {

	static Incoming read(ChannelKind kind, JsonNode payload) {
		return kind == ChannelKind.WHATSAPP ? whatsApp(payload) : telegram(payload);
	}

	/** Our payload for WhatsApp: {@code {"name": profile name, "message": the message object}}. */
	static Incoming whatsApp(JsonNode payload) {
		JsonNode m = payload.path("message");
		List<String> files = new ArrayList<>();
		String text = null;
		Location location = null;
		String phone = null;
		switch (m.path("type").asString("")) {
			case "text" -> text = m.path("text").path("body").asString(null);
			case "image" -> {
				files.add(m.path("image").path("id").asString());
				text = m.path("image").path("caption").asString(null);
			}
			case "location" -> location = location(m.path("location").path("latitude"), m.path("location").path("longitude"),
					join(m.path("location").path("name").asString(null), m.path("location").path("address").asString(null)));
			case "contacts" -> phone = m.path("contacts").path(0).path("phones").path(0).path("phone").asString(null);
			default -> {
				// audio, video, stickers, reactions: nothing staff can act on
			}
		}
		return new Incoming(m.path("from").asString(), blankToNull(payload.path("name").asString(null)), text, location,
				files, phone, Instant.ofEpochSecond(m.path("timestamp").asLong(0)));
	}

	/** A Telegram {@code message} object. */
	static Incoming telegram(JsonNode m) {
		List<String> files = new ArrayList<>();
		JsonNode photos = m.path("photo");
		if (photos.isArray() && !photos.isEmpty()) {
			// Telegram sends each photo in several sizes, the largest last.
			files.add(photos.path(photos.size() - 1).path("file_id").asString());
		}
		String text = m.has("text") ? m.path("text").asString() : m.path("caption").asString(null);
		Location location = m.has("location")
				? location(m.path("location").path("latitude"), m.path("location").path("longitude"), null) : null;
		String phone = m.path("contact").path("phone_number").asString(null);
		JsonNode from = m.path("from");
		String name = join(from.path("first_name").asString(null), from.path("last_name").asString(null));
		return new Incoming(m.path("chat").path("id").asString(), name, text, location, files, phone,
				Instant.ofEpochSecond(m.path("date").asLong(0)));
	}

	private static Location location(JsonNode lat, JsonNode lon, String label) {
		if (!lat.isNumber() || !lon.isNumber()) {
			return null;
		}
		return new Location(lat.asDouble(), lon.asDouble(), label);
	}

	private static String join(String a, String b) {
		String joined = ((a == null ? "" : a) + " " + (b == null ? "" : b)).trim();
		return joined.isEmpty() ? null : joined;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}
}
