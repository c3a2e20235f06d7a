package kg.tereze.municipality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import kg.tereze.support.RunningApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Twenty clerks issuing at the same moment never get a duplicate or a skipped number. */
@RunningApplication
class ReferenceNumbersIT {

	@Autowired
	ReferenceNumbers numbers;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcClient jdbc;

	long karool() {
		return jdbc.sql("select id from municipality where soate_code = '41706255832000'").query(Long.class).single();
	}

	String series() {
		return "T" + (char) ('A' + ThreadLocalRandom.current().nextInt(26)) + (char) ('A' + ThreadLocalRandom.current().nextInt(26))
				+ (char) ('A' + ThreadLocalRandom.current().nextInt(26)) + (char) ('A' + ThreadLocalRandom.current().nextInt(26));
	}

	@Test
	void twentyClerksAtOnceGetTwentyConsecutiveNumbers() throws Exception {
		long m = karool();
		String series = series();
		ExecutorService pool = Executors.newFixedThreadPool(20);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> issued = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			int clerk = i;
			issued.add(pool.submit(() -> {
				start.await();
				return tx.execute(status -> {
					int n = numbers.next(m, series, 2026).number();
					if (clerk % 4 == 0) {
						// some clerks hold their transaction a little, as rendering a PDF would
						sleep();
					}
					return n;
				});
			}));
		}
		start.countDown();
		List<Integer> got = new ArrayList<>();
		for (Future<Integer> f : issued) {
			got.add(f.get());
		}
		pool.shutdown();
		Collections.sort(got);
		assertThat(got).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
	}

	@Test
	void aNumberOfADocumentNotIssuedIsNotUsedUp() {
		long m = karool();
		String series = series();
		String first = tx.execute(s -> numbers.next(m, series, 2026).text());
		assertThat(first).isEqualTo("KAR-2026-000001");
		tx.executeWithoutResult(s -> {
			numbers.next(m, series, 2026);
			s.setRollbackOnly();
		});
		String second = tx.execute(s -> numbers.next(m, series, 2026).text());
		assertThat(second).isEqualTo("KAR-2026-000002");
		String nextYear = tx.execute(s -> numbers.next(m, series, 2027).text());
		assertThat(nextYear).isEqualTo("KAR-2027-000001");
	}

	@Test
	void aNumberIsTakenOnlyInsideTheIssuingTransaction() {
		assertThatThrownBy(() -> numbers.next(karool(), series(), 2026)).isInstanceOf(RuntimeException.class);
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
