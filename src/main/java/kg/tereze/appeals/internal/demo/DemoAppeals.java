package kg.tereze.appeals.internal.demo;

import kg.tereze.appeals.internal.ApiKeyStore;
import kg.tereze.appeals.internal.NewReport;
import kg.tereze.appeals.internal.ProblemReport;
import kg.tereze.appeals.internal.ProblemReportStore;
import kg.tereze.appeals.internal.ProblemReports;
import kg.tereze.appeals.internal.ReportChange;
import kg.tereze.appeals.internal.Source;
import kg.tereze.appeals.ReportStatus;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.Village;
import kg.tereze.shared.DemoData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo: Karool's Open311 key {@code demo-open311-key}, and a season of problem reports, some resolved,
 * so that the public page has figures. Made once.
 */
@DemoData
@Order(490)
class DemoAppeals implements ApplicationRunner {

	private final ApiKeyStore keys;

	private final ProblemReports reports;

	private final ProblemReportStore store;

	private final Municipalities municipalities;


	private final TransactionTemplate tx;

	private final Clock clock;

	private final JdbcClient jdbc;

	DemoAppeals(JdbcClient jdbc, ApiKeyStore keys, ProblemReports reports, ProblemReportStore store, Municipalities municipalities, TransactionTemplate tx, Clock clock) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.reports = reports;
		this.store = store;
		this.municipalities = municipalities;
		this.tx = tx;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		municipalities.findBySoate("41706255832000").ifPresent(karool -> {
			keys.insert(karool.id(), "Demo Open311 client", "demo-open311-key", clock.instant());
			if (store.count(karool.id()) == 0) {
				tx.executeWithoutResult(s -> season(karool.id(), municipalities.villages(karool.id())));
			}
		});
	}

	private void season(long m, List<Village> villages) {
		String[][] seen = { { "flood", "Сел жолду басты, машиналар өтпөй жатат" }, { "no_water", "Үч күндөн бери суу жок" },
				{ "waste", "Таштанды эки жумадан бери чыгарылган жок" }, { "road", "Көпүрөнүн жанында чоң чуңкур" },
				{ "street_light", "Мектептин алдында көчө жарыгы күйбөйт" }, { "no_water", "Суу басымы өтө төмөн" },
				{ "flood", "Арык ташып, короолорго суу кирди" }, { "waste", "Базардын жанында таштанды үйүлүп калды" },
				{ "road", "Жол жээги бузулду" }, { "other", "Ит көп, балдар коркушат" } };
		Instant now = clock.instant();
		for (int i = 0; i < seen.length; i++) {
			Village v = villages.get(i % villages.size());
			ProblemReport r = reports.file(m, new NewReport(seen[i][0], seen[i][1], null, null, v.id(), "көч. " + (10 + i),
					null, null, null, List.of(), i % 2 == 0 ? Source.WEB : Source.DESK, null, null), null);
			if (i % 3 != 2) {
				// Filed weeks ago and resolved after a day or three, for the public median.
				Instant filed = now.minus(Duration.ofDays(60 - i * 5L));
				Instant resolved = filed.plus(Duration.ofHours(20 + i * 7L));
				backdate(r.municipalityId(), r.id(), filed);
				store.move(r.municipalityId(), r.id(), ReportStatus.RESOLVED, null, resolved, filed.plus(Duration.between(r.createdAt(), r.dueAt())), null, null, resolved);
				store.recordChange(r.id(), new ReportChange(resolved, null, ReportStatus.NEW, ReportStatus.RESOLVED, null, null));
			}
		}
	}

	/** A report filed earlier than now, its deadline and first step moved with it: history only the demo writes. */
	private void backdate(long municipalityId, long id, Instant filed) {
		OffsetDateTime at = filed.atOffset(ZoneOffset.UTC);
		jdbc.sql("update appeals_report set due_at = ? + (due_at - created_at), created_at = ? where id = ? and municipality_id = ?")
			.params(at, at, id, municipalityId).update();
		jdbc.sql("update appeals_report_change set at = ? where report_id = ?").params(at, id).update();
	}
}
