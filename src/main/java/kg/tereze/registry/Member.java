package kg.tereze.registry;

import java.time.LocalDate;

/** A person's membership of a household over a period ({@code until} exclusive, null while it lasts). */
public record Member(long membershipId, long personId, String pin, String surname, String givenName,
		String patronymic, LocalDate birthDate, String sex, Relation relation, LocalDate since, LocalDate until,
		LocalDate deathDate) {

	public String fullName() {
		return String.join(" ", surname, givenName, patronymic == null ? "" : patronymic).trim();
	}

	public int ageOn(LocalDate date) {
		return java.time.Period.between(birthDate, date).getYears();
	}
}
