package kg.tereze.registry.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import kg.tereze.municipality.Village;

import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final BulkWriter bulk;

	private final NamePool names = NamePool.load();

	HouseholdGenerator(JdbcClient jdbc, BulkWriter bulk) {
		this.jdbc = jdbc;
		this.bulk = bulk;
	}

	/** About {@code residents} people in the villages given, registered as of {@code today}. */
	public Stats generate(long municipalityId, List<Village> villages, int residents, long seed, LocalDate today) {
		Random random = new Random(seed);
		long[] householdIds = bulk.reserve("household", residents / 3 + 1);
		long firstBook = jdbc.sql("select count(*) from household where municipality_id = ?").param(municipalityId)
			.query(Long.class).single();
		BulkRows rows = new BulkRows(municipalityId, today);
		int households = 0;
		while (rows.persons.size() < residents && households < householdIds.length) {
			Village village = villages.get(random.nextInt(villages.size()));
			new GeneratedHousehold(random, names, rows, today).write(householdIds[households],
					String.format("%05d", firstBook + households + 1), village, STREETS[random.nextInt(STREETS.length)],
					Integer.toString(1 + random.nextInt(180)));
			households++;
		}
		bulk.copy(rows);
		return new Stats(households, rows.persons.size());
	}
}
