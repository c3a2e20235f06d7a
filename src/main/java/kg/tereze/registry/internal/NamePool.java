package kg.tereze.registry.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import kg.tereze.shared.Csv;

import org.springframework.core.io.ClassPathResource;

/** Given names and surname roots from kg_person_names.csv (compiled for synthetic data; no real people). */
final class NamePool {

	final List<String> male = new ArrayList<>();

	final List<String> female = new ArrayList<>();

	/** Family names in the male form (Асанов); the female form adds -а. */
	final List<String> surnames = new ArrayList<>();

	static NamePool load() {
		NamePool pool = new NamePool();
		try (var in = new InputStreamReader(new ClassPathResource("registry/person_names.csv").getInputStream(),
				StandardCharsets.UTF_8)) {
			for (List<String> row : Csv.read(in)) {
				if (row.size() < 5) {
					continue;
				}
				String kind = row.get(0);
				String gender = row.get(1);
				String value = row.get(2);
				if (kind.equals("given") && gender.equals("M")) {
					pool.male.add(value);
				}
				else if (kind.equals("given") && gender.equals("F")) {
					pool.female.add(value);
				}
				else if (kind.equals("surname") && gender.equals("M")) {
					pool.surnames.add(value);
				}
			}
		}
		catch (IOException e) {
			throw new IllegalStateException("registry/person_names.csv missing", e);
		}
		return pool;
	}

	String given(Random random, boolean male) {
		List<String> names = male ? this.male : female;
		return names.get(random.nextInt(names.size()));
	}

	String surname(Random random) {
		return surnames.get(random.nextInt(surnames.size()));
	}

	/** "Асан" → "Асанович" / "Асановна"; after й, ж, ч, ш, щ, ц the ending is -евич / -евна (Кубанычевна). */
	static String patronymic(String father, boolean male) {
		char last = father.charAt(father.length() - 1);
		String stem = last == 'й' ? father.substring(0, father.length() - 1) + "ев"
				: last == 'а' ? father.substring(0, father.length() - 1) + "ов"
				: "жчшщц".indexOf(last) >= 0 ? father + "ев" : father + "ов";
		return stem + (male ? "ич" : "на");
	}
}
