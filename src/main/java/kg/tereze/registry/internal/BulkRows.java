package kg.tereze.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kg.tereze.registry.PersonData;
import kg.tereze.registry.SearchKey;

/**
 * Households, persons, memberships, land, livestock and events of one municipality as COPY text,
 * built row by row by the generator or the import and written in one go by {@link BulkWriter}.
 * Person ids are assigned at the end, when it is known how many there are.
 */
public final class BulkRows {

	record PersonRow(long householdId, String relation, LocalDate since, String line) {
	}

	final long municipalityId;

	final String now;

	final StringBuilder households = new StringBuilder();

	final List<PersonRow> persons = new ArrayList<>();

	final StringBuilder land = new StringBuilder();

	final StringBuilder livestock = new StringBuilder();

	final StringBuilder events = new StringBuilder();

	final Map<String, Integer> serials = new HashMap<>();

	BulkRows(long municipalityId, LocalDate today) {
		this.municipalityId = municipalityId;
		this.now = today + " 00:00:00+00";
	}

	/**
	 * PINs are national: each municipality takes its own range of 200 serials per birth date and
	 * sex (a village rarely has more than five people born the same day), so generated
	 * municipalities never share a PIN.
	 */
	String pin(LocalDate birth, boolean male) {
		String stem = (male ? "2" : "1") + String.format("%02d%02d%04d", birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear());
		int serial = serials.merge(stem, 1, Integer::sum) % 200;
		return stem + String.format("%05d", (municipalityId % 450) * 200 + serial);
	}

	String personsCopy(long[] ids) {
		StringBuilder out = new StringBuilder(persons.size() * 160);
		for (int i = 0; i < persons.size(); i++) {
			out.append(ids[i]).append('\t').append(municipalityId).append('\t').append(persons.get(i).line()).append('\n');
		}
		return out.toString();
	}

	String memberships(long[] ids) {
		StringBuilder out = new StringBuilder(persons.size() * 40);
		for (int i = 0; i < persons.size(); i++) {
			PersonRow p = persons.get(i);
			out.append(municipalityId).append('\t').append(p.householdId()).append('\t').append(ids[i]).append('\t')
				.append(p.relation()).append('\t').append(p.since()).append('\n');
		}
		return out.toString();
	}

	private static String key(String... parts) {
		return SearchKey.of(parts);
	}

	/**
	 * A household and its REGISTERED event, every value escaped for COPY. The column order is that of
	 * {@link BulkWriter#copy}; this and {@link #person} are the only places that write rows.
	 */
	public void household(long id, String book, long villageId, String villageName, String street, String house,
			String apartment, String dwelling, LocalDate registeredOn, String by) {
		households.append(id).append('\t').append(municipalityId).append('\t').append(esc(book)).append('\t').append(villageId)
			.append('\t').append(esc(street)).append('\t').append(esc(house)).append('\t').append(registeredOn).append('\t')
			.append(now).append('\t').append(esc(key(villageName, street, house, apartment, book))).append('\t')
			.append(esc(dwelling)).append('\t').append(esc(apartment)).append('\n');
		events.append(municipalityId).append('\t').append(id).append("\tREGISTERED\t").append(registeredOn).append('\t')
			.append(now).append('\t').append(esc(by)).append('\n');
	}

	public void person(long householdId, String relation, LocalDate since, PersonData p) {
		String line = esc(p.pin()) + '\t' + esc(p.surname()) + '\t' + esc(p.givenName()) + '\t' + esc(p.patronymic()) + '\t'
				+ p.birthDate() + '\t' + p.sex() + '\t' + esc(p.citizenship()) + '\t' + esc(p.phone()) + '\t' + now + '\t'
				+ esc(key(p.surname(), p.givenName(), p.patronymic()));
		persons.add(new PersonRow(householdId, relation, since, line));
	}

	/** COPY text format: \N for null; backslash, tab and line breaks escaped. */
	static String esc(String value) {
		if (value == null) {
			return "\\N";
		}
		return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}
}
