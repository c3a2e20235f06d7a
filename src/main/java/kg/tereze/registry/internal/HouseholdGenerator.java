package kg.tereze.registry.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import kg.tereze.municipality.Village;
import kg.tereze.registry.SearchKey;
import org.postgresql.PGConnection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Realistic synthetic households for the demo and the benchmarks: Kyrgyz names and naming patterns
 * (-ов/-ова with -ович/-овна, or уулу/кызы), households of about 4.6 people over three generations,
 * PINs that agree with birth date and sex, land and livestock. Rows go in with COPY, in the
 * caller's transaction.
 */
@Component
public class HouseholdGenerator {

	public record Stats(int households, int persons) {
	}

	private static final String[] STREETS = { "Манас", "Ленин", "Токтогул", "Ала-Тоо", "Жибек Жолу", "Мира",
			"Курманжан Датка", "Боконбаев", "Молдо Нияз", "Айтматов", "Мектеп", "Бирлик", "Ынтымак", "Жеңиш" };

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final NamePool names = NamePool.load();

	HouseholdGenerator(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/** About {@code residents} people in the villages given, registered as of {@code today}. */
	public Stats generate(long municipalityId, List<Village> villages, int residents, long seed, LocalDate today) {
		Random random = new Random(seed);
		long[] householdIds = reserve("household", residents / 3 + 1);
		long firstBook = jdbc.sql("select count(*) from household where municipality_id = ?").param(municipalityId)
			.query(Long.class).single();
		Rows rows = new Rows(municipalityId, today);
		int households = 0;
		while (rows.persons.size() < residents && households < householdIds.length) {
			Village village = villages.get(random.nextInt(villages.size()));
			new GeneratedHousehold(random, names, rows, today).write(householdIds[households],
					String.format("%05d", firstBook + households + 1), village, STREETS[random.nextInt(STREETS.length)],
					Integer.toString(1 + random.nextInt(180)));
			households++;
		}
		long[] personIds = reserve("person", rows.persons.size());
		copy(rows, personIds);
		return new Stats(households, rows.persons.size());
	}

	private long[] reserve(String table, int count) {
		return jdbc.sql("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)")
			.params(table, count)
			.query(Long.class)
			.list()
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
	}

	private void copy(Rows rows, long[] personIds) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn("copy household (id, municipality_id, book_number, village_id, street, house, registered_on, created_at, address_key, dwelling) from stdin",
					new StringReader(rows.households.toString()));
			copy.copyIn("copy person (id, municipality_id, pin, surname, given_name, patronymic, birth_date, sex, citizenship, phone, created_at, search_key) from stdin",
					new StringReader(rows.personsCopy(personIds)));
			copy.copyIn("copy membership (municipality_id, household_id, person_id, relation, valid_from) from stdin",
					new StringReader(rows.memberships(personIds)));
			copy.copyIn("copy land_plot (municipality_id, household_id, cadastral_number, area_ha, kind, tenure, valid_from) from stdin",
					new StringReader(rows.land.toString()));
			copy.copyIn("copy livestock_count (municipality_id, household_id, year, counted_on, cattle, horses, sheep_goats, yaks, poultry, recorded_at) from stdin",
					new StringReader(rows.livestock.toString()));
			copy.copyIn("copy registry_event (municipality_id, household_id, kind, effective_date, recorded_at, recorded_by) from stdin",
					new StringReader(rows.events.toString()));
		}
		catch (SQLException | IOException e) {
			throw new IllegalStateException("generating households failed", e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/** COPY text for every table, built as the households are made. Persons get ids at the end. */
	static final class Rows {

		record PersonRow(long householdId, String relation, LocalDate since, String line) {
		}

		final long municipalityId;

		final String now;

		final StringBuilder households = new StringBuilder();

		final java.util.List<PersonRow> persons = new java.util.ArrayList<>();

		final StringBuilder land = new StringBuilder();

		final StringBuilder livestock = new StringBuilder();

		final StringBuilder events = new StringBuilder();

		final Map<String, Integer> serials = new HashMap<>();

		Rows(long municipalityId, LocalDate today) {
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

		static String key(String... parts) {
			return SearchKey.of(parts);
		}
	}
}
