package kg.tereze.certificates;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.LocalDate;
import java.util.Base64;

import kg.tereze.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The QR code carries the content and its signature after '#': a phone can check it with the public key alone. */
class SignedContentTest {

	final SignedContent content = new SignedContent("KAR-1", "KAR-2026-000123", LocalDate.of(2026, 11, 23), "RESIDENCE",
			"41706255832000", "22103198699901", "Сыдыков Бактыбек | Асанович", "ABCD2345EFGH");

	@Test
	void theQrTextCarriesContentAndSignatureThatVerifyOffline() throws Exception {
		KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		Signature signer = Signature.getInstance("Ed25519");
		signer.initSign(pair.getPrivate());
		signer.update(content.bytes());
		String qr = content.qrText("https://tereze.kg", signer.sign());

		assertThat(qr).startsWith("https://tereze.kg/verify/ABCD2345EFGH#");
		String[] parts = qr.substring(qr.indexOf('#') + 1).split("\\.");
		byte[] signedBytes = Base64.getUrlDecoder().decode(parts[0]);
		SignedContent read = SignedContent.parse(new String(signedBytes, StandardCharsets.UTF_8));
		assertThat(read.number()).isEqualTo("KAR-2026-000123");
		assertThat(read.personName()).isEqualTo("Сыдыков Бактыбек / Асанович");

		Signature verifier = Signature.getInstance("Ed25519");
		verifier.initVerify(pair.getPublic());
		verifier.update(signedBytes);
		assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[1]))).isTrue();

		signedBytes[20] ^= 1;
		verifier.initVerify(pair.getPublic());
		verifier.update(signedBytes);
		assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[1]))).isFalse();
	}

	@Test
	void somethingElseIsNotReadAsACertificate() {
		assertThatThrownBy(() -> SignedContent.parse("hello|world")).isInstanceOf(InvalidInputException.class);
	}
}
