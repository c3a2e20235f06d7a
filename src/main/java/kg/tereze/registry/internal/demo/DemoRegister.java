package kg.tereze.registry.internal.demo;

import kg.tereze.registry.internal.HouseholdGenerator;
import java.time.Clock;
import java.time.LocalDate;

import kg.tereze.municipality.Municipalities;
import kg.tereze.shared.DemoData;
import kg.tereze.shared.Formats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Demo: Karool's household book with about 17,000 residents (its real population), Razzakov with a small one. */
@DemoData
@Order(300)
class DemoRegister implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRegister.class);

	private final HouseholdGenerator generator;

	private final Municipalities municipalities;

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;


	private final Clock clock;

	DemoRegister(HouseholdGenerator generator, Municipalities municipalities, JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
		this.generator = generator;
		this.municipalities = municipalities;
		this.jdbc = jdbc;
		this.tx = tx;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		fill("41706255832000", 17_000, 417_06_255L);
		fill("41705236610010", 2_000, 417_05_236L);
	}

	private void fill(String soate, int residents, long seed) {
		municipalities.findBySoate(soate).ifPresent(m -> tx.executeWithoutResult(status -> {
			jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(0x7e50, (int) m.id()).query().singleRow();
			boolean empty = !jdbc.sql("select exists (select 1 from household where municipality_id = ?)").param(m.id())
				.query(Boolean.class).single();
			if (empty) {
				var stats = generator.generate(m.id(), municipalities.villages(m.id()), residents, seed,
						LocalDate.now(clock.withZone(Formats.BISHKEK)));
				log.info("Demo household book of {}: {} households, {} persons", m.code(), stats.households(), stats.persons());
			}
		}));
	}
}
