package kg.tereze.messaging.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/** The few HTTP calls the messengers' APIs need, with a time limit and failures sorted into retry or not. */
@Component
class Http {

	/** A file fetched, or {@code null} content when it was over the limit. */
	record Download(String mimeType, byte[] content) {
	}

	private final HttpClient client;

	private final JsonMapper json;

	private final Duration timeout;

	Http(MessagingSettings settings, JsonMapper json) {
		this.timeout = settings.timeout();
		this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
		this.json = json;
	}

	JsonNode postJson(String url, String bearer, Object body) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
		if (bearer != null) {
			b.header("Authorization", "Bearer " + bearer);
		}
		return answer(call(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
	}

	JsonNode getJson(String url, String bearer) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET();
		if (bearer != null) {
			b.header("Authorization", "Bearer " + bearer);
		}
		return answer(call(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
	}

	/** Reads at most {@code maxBytes}; a longer file is not kept. */
	Download download(String url, String bearer, int maxBytes) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET();
		if (bearer != null) {
			b.header("Authorization", "Bearer " + bearer);
		}
		HttpResponse<InputStream> r = call(b.build(), HttpResponse.BodyHandlers.ofInputStream());
		try (InputStream in = r.body()) {
			if (r.statusCode() / 100 != 2) {
				throw new ChannelCallFailed("HTTP " + r.statusCode(), ChannelCallFailed.retryableStatus(r.statusCode()));
			}
			byte[] content = in.readNBytes(maxBytes + 1);
			String type = r.headers().firstValue("Content-Type").orElse("application/octet-stream");
			return new Download(type, content.length > maxBytes ? null : content);
		}
		catch (IOException e) {
			throw new ChannelCallFailed(e.toString(), true);
		}
	}

	private <T> HttpResponse<T> call(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
		try {
			return client.send(request, handler);
		}
		catch (IOException e) {
			throw new ChannelCallFailed(e.toString(), true);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ChannelCallFailed("interrupted", true);
		}
	}

	private JsonNode answer(HttpResponse<String> r) {
		JsonNode body;
		try {
			body = json.readTree(r.body() == null || r.body().isEmpty() ? "{}" : r.body());
		}
		catch (JacksonException e) {
			body = json.createObjectNode();
		}
		if (r.statusCode() / 100 != 2) {
			String reason = body.path("error").path("message").asString(body.path("description").asString(""));
			throw new ChannelCallFailed(("HTTP " + r.statusCode() + " " + reason).trim(),
					ChannelCallFailed.retryableStatus(r.statusCode()));
		}
		return body;
	}
}
