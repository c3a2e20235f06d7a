package kg.tereze.certificates;

import java.time.LocalDate;
import java.time.Period;

/**
 * Who may be let off a certificate fee. Age is in the register, so a pensioner is recognised by birth
 * date (women from 58, men from 63, the pension ages of the Kyrgyz Republic); the others show a
 * document whose number the clerk writes down.
 */
public enum Exemption {
	PENSIONER, DISABILITY, LOW_INCOME, VETERAN;

	static final int WOMEN_PENSION_AGE = 58;

	static final int MEN_PENSION_AGE = 63;

	public boolean needsDocument() {
		return this != PENSIONER;
	}

	/** For the pensioner exemption, whether the person has reached pension age on that day. */
	public static boolean pensionAge(LocalDate birthDate, String sex, LocalDate on) {
		int age = Period.between(birthDate, on).getYears();
		return age >= ("F".equals(sex) ? WOMEN_PENSION_AGE : MEN_PENSION_AGE);
	}
}
