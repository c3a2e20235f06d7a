package kg.tereze.certificates;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a certificate template can say, filled from the household book as of the issue date. A block
 * placeholder is a table and stands alone in its paragraph. {@link Need} names what the register must
 * hold for the placeholder to be filled; without it, nothing is issued.
 */
public enum Placeholder {

	PERSON_FULL_NAME("person.fullName"), PERSON_SURNAME("person.surname"), PERSON_GIVEN_NAME("person.givenName"),
	PERSON_PATRONYMIC("person.patronymic"), PERSON_BIRTH_DATE("person.birthDate"), PERSON_PIN("person.pin"),
	PERSON_SEX("person.sex"), PERSON_RELATION("person.relation"), HEAD_FULL_NAME("head.fullName"),
	HOUSEHOLD_ADDRESS("household.address"), HOUSEHOLD_BOOK_NUMBER("household.bookNumber"),
	HOUSEHOLD_MEMBER_COUNT("household.memberCount"), VILLAGE("village"), MUNICIPALITY("municipality"),
	ISSUE_DATE("issueDate"), PURPOSE("purpose"), LAND_TOTAL_AREA("land.totalArea"),
	LIVESTOCK_YEAR("livestock.year"), LIVESTOCK_SUMMARY("livestock.summary"),
	MEMBERS("members", Need.NOTHING, true), LAND("land", Need.LAND, true), LIVESTOCK("livestock", Need.LIVESTOCK, true);

	/** What the household must have on the issue date. */
	public enum Need {
		NOTHING, LAND, LIVESTOCK
	}

	private final String key;

	private final Need need;

	private final boolean block;

	Placeholder(String key) {
		this(key, Need.NOTHING, false);
	}

	Placeholder(String key, Need need) {
		this(key, need, false);
	}

	Placeholder(String key, Need need, boolean block) {
		this.key = key;
		this.need = need;
		this.block = block;
	}

	public String key() {
		return key;
	}

	public Need need() {
		return need;
	}

	public boolean block() {
		return block;
	}

	public static Optional<Placeholder> byKey(String key) {
		return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
	}
}
