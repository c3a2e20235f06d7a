package kg.tereze.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PinTest {

	@Test
	void readsSexAndBirthDate() {
		Pin pin = new Pin("22108200300051");
		assertThat(pin.sex()).isEqualTo(Pin.Sex.MALE);
		assertThat(pin.birthDate()).isEqualTo(LocalDate.of(2003, 8, 21));
		assertThat(new Pin("10503198512345").sex()).isEqualTo(Pin.Sex.FEMALE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "2210820030005", "221082003000511", "32108200300051", "23102200300051",
			"22902200100051", "2210820030005a", "20101180000001" })
	void refusesMalformed(String value) {
		assertThat(Pin.isWellFormed(value)).isFalse();
		assertThatThrownBy(() -> new Pin(value)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void acceptsTheLeapDay() {
		assertThat(Pin.isWellFormed("12902200012345")).isTrue();
	}
}
