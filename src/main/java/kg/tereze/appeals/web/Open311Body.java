package kg.tereze.appeals.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An Open311 answer in the format the path asked for: a JSON array of objects, or the XML the GeoReport
 * v2 spec shows (a root element, one element per item, one child per field).
 */
final class Open311Body {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String root;

	private final String item;

	private final List<Map<String, Object>> items;

	Open311Body(String root, String item, List<Map<String, Object>> items) {
		this.root = root;
		this.item = item;
		this.items = items;
	}

	static Map<String, Object> fields(Object... pairs) {
		Map<String, Object> m = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			m.put((String) pairs[i], pairs[i + 1]);
		}
		return m;
	}

	static ResponseEntity<String> error(String format, int status, String description) {
		return new Open311Body("errors", "error", List.of(fields("code", status, "description", description)))
			.answer(format, status, JSON);
	}

	ResponseEntity<String> answer(String format, int status, JsonMapper json) {
		if ("xml".equals(format)) {
			return ResponseEntity.status(status).contentType(new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8))
				.body(xml());
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(items));
	}

	String xml() {
		StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<").append(root).append('>');
		for (Map<String, Object> i : items) {
			b.append('<').append(item).append('>');
			i.forEach((k, v) -> {
				if (v instanceof List<?> list) {
					b.append('<').append(k).append('>');
					list.forEach(e -> b.append("<item>").append(escape(String.valueOf(e))).append("</item>"));
					b.append("</").append(k).append('>');
				}
				else {
					b.append('<').append(k).append('>').append(v == null ? "" : escape(String.valueOf(v))).append("</").append(k).append('>');
				}
			});
			b.append("</").append(item).append('>');
		}
		return b.append("</").append(root).append(">\n").toString();
	}

	private static String escape(String s) {
		StringBuilder b = new StringBuilder(s.length());
		for (char c : s.toCharArray()) {
			switch (c) {
				case '<' -> b.append("&lt;");
				case '>' -> b.append("&gt;");
				case '&' -> b.append("&amp;");
				case '"' -> b.append("&quot;");
				case '\'' -> b.append("&apos;");
				default -> {
					if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
						b.append(c);
					}
				}
			}
		}
		return b.toString();
	}
}
