package kg.tereze.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls /api with a Bearer token, as a script or an integration would. */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String base;

	private final String token;

	private final HttpClient client = HttpClient.newHttpClient();

	public Api(int port, String token) {
		this.base = "http://localhost:" + port;
		this.token = token;
	}

	public record Reply(int status, String body, String contentType) {

		public JsonNode json() {
			return JSON.readTree(body);
		}
	}

	public Reply get(String path) {
		return send(builder(path).GET());
	}

	/** A binary answer (a PDF): status and bytes. */
	public HttpResponse<byte[]> getBytes(String path) {
		try {
			return client.send(builder(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	public Reply post(String path, String json) {
		return send(builder(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** A multipart upload of one file in the field {@code file}. */
	public Reply upload(String path, String fileName, byte[] content) {
		return uploadForm(path, java.util.Map.of(), fileName, content);
	}

	/** A multipart form: text fields and one file in the field {@code file}. */
	public Reply uploadForm(String path, java.util.Map<String, String> fields, String fileName, byte[] content) {
		String boundary = "tereze" + System.nanoTime();
		StringBuilder text = new StringBuilder();
		fields.forEach((k, v) -> text.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
			.append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
		byte[] head = (text + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return send(builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	public Reply put(String path, String json) {
		return send(builder(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Reply delete(String path) {
		return send(builder(path).DELETE());
	}

	public Reply send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> r = client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	public HttpRequest.Builder builder(String path) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "en");
		return token == null ? b : b.header("Authorization", "Bearer " + token);
	}

	public static String demoToken(String username) {
		return "demo-" + username.replace('.', '-');
	}
}
