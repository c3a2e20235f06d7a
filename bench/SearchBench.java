import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import kg.tereze.registry.SearchKey;
import kg.tereze.support.KeptAliveHttp;

/**
 * Household-book search at national scale: the same queries through the HTTP API and as the bare
 * SQL the API runs, with p50/p95/p99 and their ratio. Run by bench/registry-search.sh.
 * Arguments: base URL, JDBC URL, user, password, number of requests per kind.
 */
public class SearchBench {

	static final int WARM_UP_SECONDS = Integer.getInteger("warmup", 20);

	record Target(long municipalityId, String token, String name, String latin, String typo, String pin) {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int n = Integer.parseInt(args[4]);
		Random random = new Random(42);
		List<Target> targets = new ArrayList<>();
		try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
			long persons;
			try (ResultSet rs = db.createStatement().executeQuery("select count(*) from person")) {
				rs.next();
				persons = rs.getLong(1);
			}
			System.out.printf("persons in the database: %,d%n", persons);
			try (ResultSet rs = db.createStatement().executeQuery("""
					select m.id, m.code, p.surname, p.given_name, p.pin from municipality m
					  cross join lateral (select surname, given_name, pin from person where municipality_id = m.id
					                       order by id limit 40) p
					 where m.code like 'BN%'""")) {
				while (rs.next()) {
					String given = rs.getString(4);
					String surname = rs.getString(3);
					String latin = SearchKey.of(surname);
					String typo = latin.length() > 5 ? latin.substring(0, 3) + "x" + latin.substring(4) : latin;
					targets.add(new Target(rs.getLong(1), "bench-" + rs.getString(2).toLowerCase(), given,
							latin.length() > 6 ? latin.substring(0, 6) : latin, typo + " " + SearchKey.of(given), rs.getString(5)));
				}
			}
			System.out.printf("query targets: %d in %d municipalities%n", targets.size(), targets.stream().mapToLong(Target::municipalityId).distinct().count());
			KeptAliveHttp http = new KeptAliveHttp(URI.create(base));
			// Unmeasured until the JIT has compiled the request path (on this VM it is busy for the first 20 s).
			long warm = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
			for (int i = 0; System.nanoTime() < warm; i++) {
				Target t = targets.get(random.nextInt(targets.size()));
				get(http, t.token(), i % 2 == 0 ? t.name() : t.pin());
			}
			double[] nameHttp = new double[n];
			double[] nameSql = new double[n];
			double[] pinHttp = new double[n];
			double[] pinSql = new double[n];
			PreparedStatement byName = db.prepareStatement(NAME_SQL);
			PreparedStatement byPin = db.prepareStatement(PIN_SQL);
			LocalDate today = LocalDate.now();
			for (int i = 0; i < n; i++) {
				Target t = targets.get(random.nextInt(targets.size()));
				String q = switch (i % 3) {
					case 0 -> t.name();
					case 1 -> t.latin();
					default -> t.typo();
				};
				nameHttp[i] = get(http, t.token(), q);
				nameSql[i] = sqlByName(byName, t.municipalityId(), SearchKey.of(q), today);
				pinHttp[i] = get(http, t.token(), t.pin());
				pinSql[i] = sqlByPin(byPin, t.municipalityId(), t.pin(), today);
			}
			report("search by name part (HTTP API)", nameHttp, "bare SQL", nameSql);
			report("search by PIN (HTTP API)", pinHttp, "bare SQL", pinSql);
		}
	}

	static final String HIT = """
			select p.id, p.pin, p.surname || ' ' || p.given_name || coalesce(' ' || p.patronymic, '') as full_name,
			       p.birth_date, p.death_date, h.id as household_id, h.book_number, h.village_id,
			       concat_ws(', ', h.street, h.house) as address, ms.relation
			  from person p
			  left join membership ms on ms.person_id = p.id and ms.valid_from <= ? and (ms.valid_to is null or ms.valid_to > ?)
			  left join household h on h.id = ms.household_id
			""";

	static final String NAME_SQL = HIT + """
			 where p.municipality_id = ? and (p.search_key like ? or ? <% p.search_key)
			 order by (p.search_key like ?) desc, word_similarity(?, p.search_key) desc, p.surname, p.given_name limit 50""";

	static final String PIN_SQL = HIT + " where p.municipality_id = ? and p.pin between ? and ? order by p.pin limit 50";

	static double sqlByName(PreparedStatement s, long m, String key, LocalDate today) throws Exception {
		long t0 = System.nanoTime();
		s.setObject(1, today);
		s.setObject(2, today);
		s.setLong(3, m);
		s.setString(4, "%" + key + "%");
		s.setString(5, key);
		s.setString(6, "%" + key + "%");
		s.setString(7, key);
		drain(s);
		return (System.nanoTime() - t0) / 1e6;
	}

	static double sqlByPin(PreparedStatement s, long m, String pin, LocalDate today) throws Exception {
		long t0 = System.nanoTime();
		s.setObject(1, today);
		s.setObject(2, today);
		s.setLong(3, m);
		s.setString(4, pin);
		s.setString(5, pin);
		drain(s);
		return (System.nanoTime() - t0) / 1e6;
	}

	static void drain(PreparedStatement s) throws Exception {
		try (ResultSet rs = s.executeQuery()) {
			while (rs.next()) {
				rs.getString(3);
			}
		}
	}

	static double get(KeptAliveHttp http, String token, String q) throws Exception {
		long t0 = System.nanoTime();
		KeptAliveHttp.Reply reply = http.get("/api/v1/registry/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
				"Authorization: Bearer " + token);
		double ms = (System.nanoTime() - t0) / 1e6;
		if (reply.status() != 200) {
			throw new IllegalStateException(reply.status() + " " + reply.body());
		}
		return ms;
	}

	static void report(String name, double[] http, String baseline, double[] sql) {
		Arrays.sort(http);
		Arrays.sort(sql);
		System.out.printf("%-32s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms   (%d requests)%n", name, p(http, 50), p(http, 95), p(http, 99), http.length);
		System.out.printf("%-32s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms%n", "  " + baseline, p(sql, 50), p(sql, 95), p(sql, 99));
		System.out.printf("%-32s p95 ratio API / bare SQL: %.2fx%n", "", p(http, 95) / p(sql, 95));
	}

	static double p(double[] sorted, int percentile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
	}
}
