package kg.tereze.registry.internal;

import kg.tereze.registry.PersonData;
import kg.tereze.registry.Relation;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import kg.tereze.municipality.Village;
import kg.tereze.registry.internal.SheetReader.SheetRow;
import kg.tereze.shared.InvalidInputException;

import org.springframework.context.MessageSource;

/**
 * The rows of a spreadsheet checked and grouped into households: which can go into the book, which
 * are already there (same book number: an import repeated adds nothing), and what is wrong with the rest.
 */
final class ImportPlan {

	record Resident(int row, Relation relation, PersonData person) {
	}

	record Household(String bookNumber, Village village, String street, String house, String apartment,
			LocalDate registeredOn, List<Resident> residents) {
	}

	final List<Household> ready = new ArrayList<>();

	final List<ImportReport.Problem> problems = new ArrayList<>();

	int problemCount;

	int alreadyInBook;

	int invalidHouseholds;

	private final MessageSource messages;

	private final Locale locale;

	private final Map<String, Village> villages = new HashMap<>();

	private final Map<String, Relation> relations = new HashMap<>();

	private static final Map<String, String> SEXES = Map.ofEntries(Map.entry("f", "F"), Map.entry("m", "M"),
			Map.entry("ж", "F"), Map.entry("м", "M"), Map.entry("жен", "F"), Map.entry("муж", "M"), Map.entry("женский", "F"),
			Map.entry("мужской", "M"), Map.entry("аял", "F"), Map.entry("эркек", "M"), Map.entry("female", "F"),
			Map.entry("male", "M"), Map.entry("э", "M"), Map.entry("а", "F"));

	private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("d.M.uuuu");

	ImportPlan(List<Village> municipalityVillages, MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
		for (Village v : municipalityVillages) {
			for (String name : new String[] { v.name().ky(), v.name().ru(), v.name().en(), v.soateCode() }) {
				if (name != null) {
					villages.put(name.trim().toLowerCase(Locale.ROOT), v);
				}
			}
		}
		for (Relation r : Relation.values()) {
			relations.put(r.name().toLowerCase(Locale.ROOT), r);
			for (String lang : new String[] { "ky", "ru", "en" }) {
				relations.put(messages.getMessage("registry.relation." + r, null, Locale.forLanguageTag(lang)).toLowerCase(Locale.ROOT), r);
			}
		}
	}

	/** @param existing book numbers already in the book; @param takenPins PINs already in the book */
	ImportPlan check(List<SheetRow> rows, Set<String> existing, Set<String> takenPins, LocalDate today) {
		Map<String, List<SheetRow>> byBook = new LinkedHashMap<>();
		for (SheetRow row : rows) {
			String book = row.get(RegisterColumn.BOOK_NUMBER);
			if (book == null || book.length() > 20) {
				problem(row.number(), RegisterColumn.BOOK_NUMBER, "registry.import.error.bookNumber");
				continue;
			}
			byBook.computeIfAbsent(book, b -> new ArrayList<>()).add(row);
		}
		Set<String> pinsInFile = new HashSet<>();
		for (var entry : byBook.entrySet()) {
			if (existing.contains(entry.getKey())) {
				alreadyInBook++;
				continue;
			}
			Household household = household(entry.getKey(), entry.getValue(), pinsInFile, takenPins, today);
			if (household == null) {
				invalidHouseholds++;
			}
			else {
				ready.add(household);
			}
		}
		return this;
	}

	private Household household(String book, List<SheetRow> rows, Set<String> pinsInFile, Set<String> takenPins, LocalDate today) {
		int before = problemCount;
		SheetRow first = rows.get(0);
		Village village = villages.get(lower(first.get(RegisterColumn.VILLAGE)));
		if (village == null) {
			problem(first.number(), RegisterColumn.VILLAGE, "registry.error.village");
		}
		List<Resident> residents = new ArrayList<>();
		LocalDate registered = null;
		for (SheetRow row : rows) {
			Relation relation = relations.get(lower(row.get(RegisterColumn.RELATION)));
			if (relation == null) {
				problem(row.number(), RegisterColumn.RELATION, "registry.error.relation");
			}
			LocalDate born = date(row, RegisterColumn.BIRTH_DATE);
			LocalDate since = row.get(RegisterColumn.REGISTERED_ON) == null ? null : date(row, RegisterColumn.REGISTERED_ON);
			String sex = SEXES.get(lower(row.get(RegisterColumn.SEX)));
			try {
				PersonData person = PersonRules.check(new PersonData(row.get(RegisterColumn.PIN), row.get(RegisterColumn.SURNAME),
						row.get(RegisterColumn.GIVEN_NAME), row.get(RegisterColumn.PATRONYMIC), born, sex == null ? "?" : sex,
						row.get(RegisterColumn.CITIZENSHIP), null, row.get(RegisterColumn.PHONE)), today);
				if (person.pin() != null && (takenPins.contains(person.pin()) || !pinsInFile.add(person.pin()))) {
					problem(row.number(), RegisterColumn.PIN, "registry.import.error.pinTwice");
				}
				if (relation != null) {
					residents.add(new Resident(row.number(), relation, person));
				}
			}
			catch (InvalidInputException e) {
				if (born != null || !"birthDate".equals(e.field())) {
					problem(row.number(), column(e.field()), e.messageKey(), e.args());
				}
			}
			if (relation == Relation.HEAD && since != null) {
				registered = since;
			}
		}
		long heads = residents.stream().filter(r -> r.relation() == Relation.HEAD).count();
		if (heads != 1 && problemCount == before) {
			problem(first.number(), RegisterColumn.RELATION, "registry.import.error.oneHead", book);
		}
		if (registered != null && registered.isAfter(today)) {
			problem(first.number(), RegisterColumn.REGISTERED_ON, "registry.error.dateFuture");
		}
		if (problemCount > before) {
			return null;
		}
		return new Household(book, village, first.get(RegisterColumn.STREET), first.get(RegisterColumn.HOUSE),
				first.get(RegisterColumn.APARTMENT), registered == null ? today : registered, residents);
	}

	private LocalDate date(SheetRow row, RegisterColumn column) {
		String value = row.get(column);
		if (value == null) {
			problem(row.number(), column, "registry.error.date");
			return null;
		}
		try {
			return value.contains(".") ? LocalDate.parse(value, DOTTED) : LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			problem(row.number(), column, "registry.error.date");
			return null;
		}
	}

	private void problem(int row, RegisterColumn column, String key, Object... args) {
		problemCount++;
		if (problems.size() < ImportReport.MAX_LISTED) {
			problems.add(new ImportReport.Problem(row, column.header(messages, locale), messages.getMessage(key, args, key, locale)));
		}
	}

	private static RegisterColumn column(String field) {
		return switch (field) {
			case "pin" -> RegisterColumn.PIN;
			case "surname" -> RegisterColumn.SURNAME;
			case "givenName" -> RegisterColumn.GIVEN_NAME;
			case "patronymic" -> RegisterColumn.PATRONYMIC;
			case "birthDate" -> RegisterColumn.BIRTH_DATE;
			case "sex" -> RegisterColumn.SEX;
			case "citizenship" -> RegisterColumn.CITIZENSHIP;
			case "phone" -> RegisterColumn.PHONE;
			default -> RegisterColumn.SURNAME;
		};
	}

	private static String lower(String s) {
		return s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
	}
}
