package kg.tereze.registry.internal;

import java.time.LocalDate;
import java.util.Random;

import kg.tereze.municipality.Village;
import kg.tereze.registry.PersonData;

/**
 * One synthetic household: a head, usually a spouse, their children, sometimes a grandparent, and in
 * some a married son with his wife and children: three generations, as often in rural Kyrgyzstan.
 */
final class GeneratedHousehold {

	private final Random random;

	private final NamePool names;

	private final BulkRows rows;

	private final LocalDate today;

	private long householdId;

	private LocalDate registeredOn;

	GeneratedHousehold(Random random, NamePool names, BulkRows rows, LocalDate today) {
		this.random = random;
		this.names = names;
		this.rows = rows;
		this.today = today;
	}

	void write(long id, String bookNumber, Village village, String street, String house) {
		householdId = id;
		int headAge = 24 + random.nextInt(52);
		boolean headMale = random.nextInt(100) < 82;
		LocalDate headBirth = birth(headAge);
		registeredOn = later(headBirth.plusYears(18), LocalDate.of(1995, 1, 1).plusDays(random.nextInt(9000)));
		if (registeredOn.isAfter(today)) {
			registeredOn = today.minusDays(random.nextInt(300) + 1);
		}
		rows.household(id, bookNumber, village.id(), village.name().ru(), street, house, null,
				random.nextBoolean() ? "үй, " + (2 + random.nextInt(5)) + " бөлмө" : null, registeredOn, "generator");

		boolean uulu = random.nextInt(100) < 22;
		String family = names.surname(random);
		String headGiven = names.given(random, headMale);
		String headFather = names.given(random, true);
		person("HEAD", headMale, headBirth, surname(family, uulu, headFather, headMale), headGiven,
				uulu ? null : NamePool.patronymic(headFather, headMale), registeredOn);

		String fatherOfChildren = headMale ? headGiven : names.given(random, true);
		LocalDate motherBirth = headBirth;
		if (random.nextInt(100) < (headMale ? 88 : 25)) {
			LocalDate spouseBirth = headBirth.plusDays(random.nextInt(2600) - (headMale ? 0 : 1800));
			String spouseFather = names.given(random, true);
			person("SPOUSE", !headMale, spouseBirth, surname(family, uulu, spouseFather, !headMale),
					names.given(random, !headMale), uulu ? null : NamePool.patronymic(spouseFather, !headMale), registeredOn);
			if (headMale) {
				motherBirth = spouseBirth;
			}
		}
		int children = childCount();
		for (int c = 0; c < children; c++) {
			LocalDate birth = motherBirth.plusYears(19 + random.nextInt(22)).plusDays(random.nextInt(365));
			if (birth.isAfter(today)) {
				continue;
			}
			boolean male = random.nextBoolean();
			person(male ? "SON" : "DAUGHTER", male, birth, surname(family, uulu, fatherOfChildren, male),
					names.given(random, male), uulu ? null : NamePool.patronymic(fatherOfChildren, male), later(birth, registeredOn));
		}
		if (headMale && headAge >= 48 && random.nextInt(100) < 45) {
			marriedSon(family, uulu, headGiven, motherBirth);
		}
		if (headAge < 50 && random.nextInt(100) < 25) {
			boolean male = random.nextInt(100) < 30;
			person(male ? "FATHER" : "MOTHER", male, headBirth.minusYears(20 + random.nextInt(12)), names.surname(random)
					+ (male ? "" : "а"), names.given(random, male), null, registeredOn);
		}
		addLandAndLivestock();
	}

	/** The youngest son traditionally stays in his parents' house with his wife and children. */
	private void marriedSon(String family, boolean uulu, String headGiven, LocalDate motherBirth) {
		LocalDate sonBirth = motherBirth.plusYears(20 + random.nextInt(8)).plusDays(random.nextInt(365));
		if (sonBirth.isAfter(today.minusYears(20))) {
			return;
		}
		String son = names.given(random, true);
		person("SON", true, sonBirth, surname(family, uulu, headGiven, true), son,
				uulu ? null : NamePool.patronymic(headGiven, true), later(sonBirth, registeredOn));
		LocalDate wifeBirth = sonBirth.plusDays(random.nextInt(1500));
		LocalDate wedding = later(registeredOn, wifeBirth.plusYears(19 + random.nextInt(4)));
		if (wedding.isAfter(today)) {
			return;
		}
		String wifeFather = names.given(random, true);
		person("DAUGHTER_IN_LAW", false, wifeBirth, uulu ? wifeFather + " кызы" : family + "а", names.given(random, false),
				uulu ? null : NamePool.patronymic(wifeFather, false), wedding);
		int grandchildren = random.nextInt(5);
		for (int g = 0; g < grandchildren; g++) {
			LocalDate birth = wedding.plusDays(300 + random.nextInt(4000));
			if (birth.isAfter(today)) {
				break;
			}
			boolean male = random.nextBoolean();
			person(male ? "GRANDSON" : "GRANDDAUGHTER", male, birth, surname(family, uulu, son, male), names.given(random, male),
					uulu ? null : NamePool.patronymic(son, male), birth);
		}
	}

	private void person(String relation, boolean male, LocalDate birth, String surname, String given, String patronymic,
			LocalDate since) {
		String phone = birth.isBefore(today.minusYears(16)) && random.nextInt(100) < 60
				? "+996 7" + (random.nextInt(90) + 10) + " " + (100000 + random.nextInt(900000)) : null;
		rows.person(householdId, relation, since, new PersonData(rows.pin(birth, male), surname, given, patronymic, birth,
				male ? "M" : "F", "KGZ", null, phone));
	}

	private String surname(String family, boolean uulu, String father, boolean male) {
		if (uulu) {
			return father + (male ? " уулу" : " кызы");
		}
		return male ? family : family + "а";
	}

	/** 0–6 children, about 2.4 on average. */
	private int childCount() {
		int r = random.nextInt(100);
		return r < 10 ? 0 : r < 25 ? 1 : r < 50 ? 2 : r < 75 ? 3 : r < 90 ? 4 : r < 97 ? 5 : 6;
	}

	private void addLandAndLivestock() {
		if (random.nextInt(100) < 92) {
			land("HOMESTEAD", 400 + random.nextInt(1200));
		}
		if (random.nextInt(100) < 60) {
			land(random.nextInt(100) < 75 ? "IRRIGATED" : "RAINFED", 1000 + random.nextInt(20000));
		}
		if (random.nextInt(100) < 8) {
			land(random.nextBoolean() ? "PASTURE" : "HAYFIELD", 5000 + random.nextInt(50000));
		}
		int year = today.getYear();
		LocalDate counted = LocalDate.of(year, 1, 1).plusDays(random.nextInt(Math.max(1, today.getDayOfYear() - 1)));
		rows.livestock.append(rows.municipalityId).append('\t').append(householdId).append('\t').append(year).append('\t')
			.append(counted).append('\t').append(random.nextInt(6)).append('\t').append(random.nextInt(100) < 30 ? random.nextInt(4) : 0)
			.append('\t').append(random.nextInt(100) < 55 ? random.nextInt(30) : 0).append('\t').append(random.nextInt(100) < 3 ? random.nextInt(10) : 0)
			.append('\t').append(random.nextInt(25)).append('\t').append(rows.now).append('\n');
	}

	/** @param areaM2 area in square metres (written as hectares with four decimals) */
	private void land(String kind, int areaM2) {
		rows.land.append(rows.municipalityId).append('\t').append(householdId).append('\t')
			.append(String.format("4-%02d-%02d-%04d-%04d", random.nextInt(10), random.nextInt(100), random.nextInt(10000), random.nextInt(10000)))
			.append('\t').append(String.format(java.util.Locale.ROOT, "%.4f", areaM2 / 10000.0)).append('\t').append(kind).append('\t')
			.append(random.nextInt(100) < 85 ? "OWNED" : "RENTED").append('\t').append(registeredOn).append('\n');
	}

	private LocalDate birth(int age) {
		return today.minusYears(age).minusDays(random.nextInt(365));
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}
}
