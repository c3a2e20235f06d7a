package kg.tereze.shared;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import kg.tereze.support.RunningApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one lease mechanism, with workers that share one database as nodes do: each row is done once
 * however many workers claim at once, a stopped worker's rows are taken over when its lease runs out,
 * and a worker that lost its lease cannot finish.
 */
@RunningApplication
class LeasesIT {

	/** A job table of the test's own, shaped like every leased table of the application. */
	static final LeasedTable JOBS = new LeasedTable("test_lease_job", "id", "not done", "id", "claims = claims + 1");

	@Autowired
	Leases leases;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void jobs() {
		jdbc.sql("""
				create table if not exists test_lease_job (id bigint primary key, done boolean not null default false,
				  done_by text, claims int not null default 0, lease_holder text, lease_until timestamptz)""").update();
		jdbc.sql("truncate test_lease_job").update();
		jdbc.sql("insert into test_lease_job (id) select generate_series(1, 300)").update();
	}

	/** One worker: claims a few rows, does each and finishes it while still holding it. */
	int work(String name) {
		int did = 0;
		Lease<Long> lease;
		while (!(lease = leases.claim(JOBS, Long.class, 7, Duration.ofMinutes(1))).isEmpty()) {
			for (Long id : lease.keys()) {
				leases.finish(lease.of(id), () -> jdbc.sql("update test_lease_job set done = true, done_by = ? where id = ?")
					.params(name, id).update());
				did++;
			}
		}
		return did;
	}

	@Test
	void workersClaimingAtOnceDoEachRowOnce() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Integer>> workers = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				String name = "worker-" + i;
				workers.add(pool.submit(() -> work(name)));
			}
			int total = 0;
			for (Future<Integer> w : workers) {
				total += w.get(60, TimeUnit.SECONDS);
			}
			assertThat(total).isEqualTo(300);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("select count(*) from test_lease_job where done and claims = 1 and lease_holder is null")
			.query(Long.class).single()).isEqualTo(300);
	}

	@Test
	void aStoppedWorkersRowsAreTakenOverAndItCannotFinishThemAfterwards() throws InterruptedException {
		Lease<Long> stopped = leases.claim(JOBS, Long.class, 10, Duration.ofMillis(300));
		assertThat(stopped.keys()).hasSize(10);
		// while the lease runs, nobody else gets those rows
		assertThat(leases.claim(JOBS, 1L, Duration.ofMinutes(1))).isEmpty();
		Thread.sleep(400);
		List<Long> resumed = Collections.synchronizedList(new ArrayList<>());
		Runnable sweep = leases.takeOver(JOBS, Long.class, Duration.ofHours(1), Duration.ofMinutes(1), lease -> {
			resumed.add(lease.key());
			leases.finish(lease, () -> jdbc.sql("update test_lease_job set done = true, done_by = 'sweeper' where id = ?")
				.param(lease.key()).update());
		});
		sweep.run();
		assertThat(resumed).hasSize(300);
		assertThatThrownBy(() -> leases.finish(stopped.of(1L), () -> jdbc
			.sql("update test_lease_job set done_by = 'stopped' where id = 1").update()))
			.isInstanceOf(LeaseLostException.class);
		assertThat(jdbc.sql("select done_by from test_lease_job where id = 1").query(String.class).single()).isEqualTo("sweeper");
		assertThat(leases.renew(stopped, Duration.ofMinutes(1))).isEmpty();
	}

	@Test
	void aRenewedLeaseOutlivesItsFirstLengthAndFinishingLetsTheRowGo() throws InterruptedException {
		Lease<Long> lease = leases.claim(JOBS, 5L, Duration.ofMillis(300)).orElseThrow();
		leases.keep(lease, Duration.ofMinutes(1));
		Thread.sleep(400);
		assertThat(leases.claim(JOBS, 5L, Duration.ofMinutes(1))).isEmpty();
		leases.whileHeld(lease, Duration.ofMinutes(1), () -> { });
		leases.release(lease);
		assertThat(leases.claim(JOBS, 5L, Duration.ofMinutes(1))).isPresent();
	}
}
