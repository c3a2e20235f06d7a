package kg.tereze.ledger;

import kg.tereze.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountNumberTest {

	@Test
	void theCheckDigitIsLuhns() {
		assertThat(AccountNumber.checkDigit("7992739871")).as("the textbook example").isEqualTo(3);
		assertThat(AccountNumber.of(1_000_000).value()).isEqualTo("10000008");
		assertThat(AccountNumber.wellFormed("10000008")).isTrue();
	}

	@Test
	void everySingleDigitTypoAndEveryAdjacentSwapIsCaught() {
		String good = AccountNumber.of(1_234_567).value();
		for (int i = 0; i < 8; i++) {
			for (char d = '0'; d <= '9'; d++) {
				if (d == good.charAt(i)) {
					continue;
				}
				String typo = good.substring(0, i) + d + good.substring(i + 1);
				assertThat(AccountNumber.wellFormed(typo)).as(typo).isFalse();
			}
		}
		for (int i = 0; i < 7; i++) {
			if (good.charAt(i) == good.charAt(i + 1)) {
				continue;
			}
			String swapped = good.substring(0, i) + good.charAt(i + 1) + good.charAt(i) + good.substring(i + 2);
			assertThat(AccountNumber.wellFormed(swapped)).as(swapped).isFalse();
		}
	}

	@Test
	void spacesAndDashesAreIgnoredAndAnythingElseIsAFormatError() {
		assertThat(AccountNumber.parse(" 1000 0008 ").value()).isEqualTo("10000008");
		assertThat(AccountNumber.parse("1000-0008").value()).isEqualTo("10000008");
		for (String bad : new String[] { null, "", "1000000", "100000090", "1000000A", "10000009" }) {
			assertThatThrownBy(() -> AccountNumber.parse(bad)).isInstanceOf(InvalidInputException.class)
				.extracting(e -> ((InvalidInputException) e).field()).isEqualTo("account");
		}
	}
}
