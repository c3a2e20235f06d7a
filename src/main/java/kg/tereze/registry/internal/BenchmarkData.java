package kg.tereze.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import kg.tereze.identity.ApiTokens;
import kg.tereze.identity.NewStaffUser;
import kg.tereze.identity.Role;
import kg.tereze.identity.StaffUsers;
import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.SoateUnit;
import kg.tereze.municipality.Municipality;
import kg.tereze.shared.Formats;
import kg.tereze.shared.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * National-scale data for the benchmarks (bench/registry-search.sh), never for real use: with
 * {@code tereze.bench.municipalities=N} it activates N aiyl aimaks and towns of the classifier (at most 491) and fills each
 * with {@code tereze.bench.residents} generated residents, one transaction per municipality, so an
 * interrupted run continues where it stopped. Each gets a registrar {@code bench.<code>} with the API
 * token {@code bench-<code>}.
 */
@Component
@Order(400)
@ConditionalOnProperty("tereze.bench.municipalities")
class BenchmarkData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BenchmarkData.class);

	private static final Tenant SYSTEM = new Tenant(0, "bench", null, null, Set.of("SYSTEM_ADMIN"));

	private final Municipalities municipalities;

	private final HouseholdGenerator generator;

	private final StaffUsers users;

	private final ApiTokens tokens;

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final Clock clock;

	private final int count;

	private final int residents;

	BenchmarkData(Municipalities municipalities, HouseholdGenerator generator, StaffUsers users, ApiTokens tokens,
			JdbcClient jdbc, TransactionTemplate tx, Clock clock, @Value("${tereze.bench.municipalities}") int count,
			@Value("${tereze.bench.residents:14800}") int residents) {
		this.municipalities = municipalities;
		this.generator = generator;
		this.users = users;
		this.tokens = tokens;
		this.jdbc = jdbc;
		this.tx = tx;
		this.clock = clock;
		this.count = count;
		this.residents = residents;
	}

	@Override
	public void run(ApplicationArguments args) {
		// aiyl aimaks first, then towns; not Bishkek and Osh, which are cities of the republic
		List<String> aimaks = municipalities.searchUnits("", 10_000).stream()
			.filter(u -> !"city_republican".equals(u.level()))
			.sorted(Comparator.comparing((SoateUnit u) -> !"aiyl_aimak".equals(u.level()))
				.thenComparing(SoateUnit::code))
			.limit(count).map(SoateUnit::code).toList();
		LocalDate today = LocalDate.now(clock.withZone(Formats.BISHKEK));
		long started = System.nanoTime();
		int done = 0;
		for (int i = 0; i < aimaks.size(); i++) {
			String soate = aimaks.get(i);
			String code = code(i);
			int index = i;
			tx.executeWithoutResult(status -> {
				Municipality m = municipalities.findBySoate(soate).orElseGet(() -> municipalities.activate(soate, code));
				boolean filled = jdbc.sql("select exists (select 1 from household where municipality_id = ?)").param(m.id())
					.query(Boolean.class).single();
				if (!filled) {
					generator.generate(m.id(), municipalities.villages(m.id()), residents, soate.hashCode(), today);
					String username = "bench." + m.code().toLowerCase();
					if (users.findByUsername(username).isEmpty()) {
						var user = users.create(SYSTEM, new NewStaffUser(m.id(), null, username, "Benchmark " + index,
								"bench-password-" + index, EnumSet.of(Role.REGISTRAR, Role.CLERK), "ru"));
						tokens.create(user.id(), m.id(), "bench", "bench-" + m.code().toLowerCase());
					}
				}
			});
			done++;
			if (done % 10 == 0 || done == aimaks.size()) {
				long persons = jdbc.sql("select count(*) from person").query(Long.class).single();
				log.info("Benchmark data: {}/{} municipalities, {} persons, {} s", done, aimaks.size(), persons,
						(System.nanoTime() - started) / 1_000_000_000);
			}
		}
		log.info("Benchmark data complete");
	}

	/** BNA, BNB, ... BNAA: short codes that no real municipality is given. */
	static String code(int index) {
		StringBuilder letters = new StringBuilder();
		int n = index;
		do {
			letters.insert(0, (char) ('A' + n % 26));
			n = n / 26 - 1;
		}
		while (n >= 0);
		return "BN" + letters;
	}
}
