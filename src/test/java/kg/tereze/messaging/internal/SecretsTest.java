package kg.tereze.messaging.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import kg.tereze.messaging.Location;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsTest {

	@Test
	void theHubSignatureIsTheHmacOfTheRawBody() {
		byte[] body = "{\"object\":\"whatsapp_business_account\"}".getBytes(StandardCharsets.UTF_8);
		String signature = Secrets.hubSignature(body, "secret");
		assertThat(signature).startsWith("sha256=").hasSize(7 + 64);
		assertThat(Secrets.validHubSignature(signature, body, "secret")).isTrue();
		assertThat(Secrets.validHubSignature(signature, body, "other")).isFalse();
		assertThat(Secrets.validHubSignature(signature.toUpperCase().replace("SHA256", "sha256"), body, "secret")).isTrue();
		assertThat(Secrets.validHubSignature("sha1=" + signature.substring(7), body, "secret")).isFalse();
		assertThat(Secrets.validHubSignature(null, body, "secret")).isFalse();
		assertThat(Secrets.validHubSignature("sha256=zz", body, "secret")).isFalse();
		// RFC 4231 test case 2
		assertThat(Secrets.hubSignature("what do ya want for nothing?".getBytes(StandardCharsets.UTF_8), "Jefe"))
			.isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
	}

	@Test
	void aTemplateParameterHoldsNoLineBreaksAndRetriesWaitLongerEachTime() {
		assertThat(WhatsAppApi.templateText("Даяр.\n\nКелиңиз\tэртең")).isEqualTo("Даяр. · Келиңиз · эртең");
		assertThat(Backoff.after(1, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
		assertThat(Backoff.after(3, Duration.ofSeconds(30))).isEqualTo(Duration.ofMinutes(2));
		assertThat(Backoff.after(20, Duration.ofSeconds(30))).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void aPlaceOutsideKyrgyzstanIsNoPlaceToGo() {
		assertThat(new Location(40.93, 73.15, null).inKyrgyzstan()).isTrue();
		assertThat(new Location(42.87, 74.59, null).inKyrgyzstan()).isTrue();
		assertThat(new Location(55.75, 37.62, null).inKyrgyzstan()).isFalse();
		assertThat(new Location(0, 0, null).inKyrgyzstan()).isFalse();
	}
}
