package kg.tereze.certificates.web;

import kg.tereze.certificates.internal.VerificationCodes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameMaskTest {

	@Test
	void thePublicPageShowsTheFirstWordsLengthAndInitials() {
		assertThat(NameMask.mask("Сыдыков Бактыбек Асанович")).isEqualTo("С****** Б. А.");
		assertThat(NameMask.mask("Асан уулу Бакыт")).isEqualTo("А*** у. Б.");
		assertThat(NameMask.mask("Айгүл")).isEqualTo("А****");
	}

	@Test
	void typedCodesForgiveCaseDashesAndLookAlikes() {
		assertThat(VerificationCodes.normalise("abcd-2345-efgh")).isEqualTo("ABCD2345EFGH");
		assertThat(VerificationCodes.normalise("ABCD 2345 EFGO")).isEqualTo("ABCD2345EFG0");
		assertThat(VerificationCodes.normalise("../../etc")).isEmpty();
		assertThat(VerificationCodes.next()).matches("[0-9A-HJKMNP-TV-Z]{12}");
	}
}
