package kg.tereze.messaging.internal;

import java.time.Duration;
import java.util.Optional;

import kg.tereze.shared.DemoMode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Where the messengers' APIs are and the secrets the webhooks are checked with. The WhatsApp app
 * secret belongs to the one Meta app that serves every municipality's number; without it every
 * WhatsApp delivery is refused (the demo has its own, {@code demo-app-secret}).
 */
@Component
public class MessagingSettings {

	static final String DEMO_APP_SECRET = "demo-app-secret";

	static final String DEMO_VERIFY_TOKEN = "demo-verify-token";

	private final String whatsAppApi;

	private final String telegramApi;

	private final String appSecret;

	private final String verifyToken;

	private final String template;

	private final int maxMediaBytes;

	private final Duration timeout;

	private final Duration retryBase;

	MessagingSettings(@Value("${tereze.whatsapp.api-url:https://graph.facebook.com/v21.0}") String whatsAppApi,
			@Value("${tereze.telegram.api-url:https://api.telegram.org}") String telegramApi,
			@Value("${tereze.whatsapp.app-secret:}") String appSecret,
			@Value("${tereze.whatsapp.verify-token:}") String verifyToken,
			@Value("${tereze.whatsapp.template:tereze_update}") String template,
			@Value("${tereze.messaging.max-media-bytes:5242880}") int maxMediaBytes,
			@Value("${tereze.messaging.timeout:10s}") Duration timeout,
			@Value("${tereze.messaging.retry-base:30s}") Duration retryBase, DemoMode demo) {
		this.whatsAppApi = trimSlash(whatsAppApi);
		this.telegramApi = trimSlash(telegramApi);
		this.appSecret = StringUtils.hasText(appSecret) ? appSecret : demo.enabled() ? DEMO_APP_SECRET : null;
		this.verifyToken = StringUtils.hasText(verifyToken) ? verifyToken : demo.enabled() ? DEMO_VERIFY_TOKEN : null;
		this.template = template;
		this.maxMediaBytes = maxMediaBytes;
		this.timeout = timeout;
		this.retryBase = retryBase;
	}

	private static String trimSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	public String whatsAppApi() {
		return whatsAppApi;
	}

	public String telegramApi() {
		return telegramApi;
	}

	public Optional<String> appSecret() {
		return Optional.ofNullable(appSecret);
	}

	public Optional<String> verifyToken() {
		return Optional.ofNullable(verifyToken);
	}

	/** The approved WhatsApp template (one body parameter) for messages outside the 24-hour window. */
	public String template() {
		return template;
	}

	public int maxMediaBytes() {
		return maxMediaBytes;
	}

	public Duration timeout() {
		return timeout;
	}

	/** The first wait before a failed message is tried again; each later wait doubles it. */
	public Duration retryBase() {
		return retryBase;
	}
}
