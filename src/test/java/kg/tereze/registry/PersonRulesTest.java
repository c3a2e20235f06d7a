package kg.tereze.registry;

import kg.tereze.registry.internal.PersonRules;
import java.time.LocalDate;

import kg.tereze.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonRulesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private static PersonData person(String pin, LocalDate born, String sex) {
		return new PersonData(pin, " Асанов ", "Нурлан", "Бакытович", born, sex, null, null, "+996 700 123456");
	}

	@Test
	void aConsistentPersonPassesCleaned() {
		PersonData p = PersonRules.check(person("21503198012345", LocalDate.of(1980, 3, 15), "m"), TODAY);
		assertThat(p.surname()).isEqualTo("Асанов");
		assertThat(p.sex()).isEqualTo("M");
		assertThat(p.citizenship()).isEqualTo("KGZ");
	}

	@Test
	void pinMustAgreeWithBirthDateAndSex() {
		assertField(() -> PersonRules.check(person("21503198012345", LocalDate.of(1980, 3, 16), "M"), TODAY), "pin");
		assertField(() -> PersonRules.check(person("11503198012345", LocalDate.of(1980, 3, 15), "M"), TODAY), "pin");
		assertField(() -> PersonRules.check(person("23102198012345", LocalDate.of(1980, 2, 28), "M"), TODAY), "pin");
		assertField(() -> PersonRules.check(person("2150319801234", LocalDate.of(1980, 3, 15), "M"), TODAY), "pin");
	}

	@Test
	void birthInTheFutureIsRefused() {
		assertField(() -> PersonRules.check(person(null, TODAY.plusDays(1), "F"), TODAY), "birthDate");
	}

	@Test
	void aNewbornMayWaitForItsPinButAnAdultMayNot() {
		assertThat(PersonRules.check(person("", TODAY.minusMonths(2), "F"), TODAY).pin()).isNull();
		assertField(() -> PersonRules.check(person("", LocalDate.of(1990, 1, 1), "F"), TODAY), "pin");
	}

	@Test
	void namesAndPhoneAreChecked() {
		assertField(() -> PersonRules.check(new PersonData(null, " ", "X", null, TODAY.minusDays(3), "F", null, null, null), TODAY), "surname");
		assertField(() -> PersonRules.check(new PersonData(null, "X", "Y", null, TODAY.minusDays(3), "F", null, null, "call me"), TODAY), "phone");
		assertField(() -> PersonRules.check(new PersonData(null, "X", "Y", null, TODAY.minusDays(3), "X", null, null, null), TODAY), "sex");
	}

	private static void assertField(Runnable check, String field) {
		assertThatThrownBy(check::run).isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field));
	}
}
