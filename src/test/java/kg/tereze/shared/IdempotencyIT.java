package kg.tereze.shared;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import kg.tereze.shared.Idempotency.Once;
import kg.tereze.support.RunningApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one idempotency component: once per key, the first answer to a repeat, a refusal for another request. */
@RunningApplication
class IdempotencyIT {

	@Autowired
	Idempotency idempotency;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcClient jdbc;

	final AtomicInteger made = new AtomicInteger();

	Once<String> send(IdempotentRequest r) {
		return tx.execute(s -> idempotency.once(r, () -> "made-" + made.incrementAndGet(), v -> v, a -> a));
	}

	static String key() {
		return UUID.randomUUID().toString();
	}

	@Test
	void aRepeatGetsTheFirstAnswerAndAnotherRequestUnderTheKeyIsRefused() {
		String key = key();
		Once<String> first = send(IdempotentRequest.of(1, "test.kind", key, 42, 1500L));
		Once<String> again = send(IdempotentRequest.of(1, "test.kind", key, 42, 1500L));
		assertThat(first.repeated()).isFalse();
		assertThat(again.repeated()).isTrue();
		assertThat(again.value()).isEqualTo(first.value());
		assertThat(made).hasValue(1);
		assertThatThrownBy(() -> send(IdempotentRequest.of(1, "test.kind", key, 42, 1600L)))
			.isInstanceOf(Idempotency.KeyReusedException.class)
			.extracting(e -> ((InvalidInputException) e).field()).isEqualTo("idempotencyKey");
		assertThat(made).hasValue(1);
	}

	@Test
	void keysAreScopedByMunicipalityAndKind() {
		String key = key();
		send(IdempotentRequest.of(1, "test.kind", key, "x"));
		assertThat(send(IdempotentRequest.of(2, "test.kind", key, "x")).repeated()).isFalse();
		assertThat(send(IdempotentRequest.of(1, "test.other", key, "x")).repeated()).isFalse();
		assertThat(made).hasValue(3);
	}

	@Test
	void workThatFailsLeavesNoClaimSoTheKeyCanBeSentAgain() {
		String key = key();
		IdempotentRequest r = IdempotentRequest.of(1, "test.kind", key, "x");
		assertThatThrownBy(() -> tx.execute(s -> idempotency.once(r, () -> {
			throw new InvalidInputException("amount", "shared.error.keyReused");
		}, v -> v, a -> a))).isInstanceOf(InvalidInputException.class);
		assertThat(jdbc.sql("select count(*) from shared_request_key where key = ?").param(key).query(Long.class).single())
			.isZero();
		assertThat(send(r).repeated()).isFalse();
	}

	@Test
	void noKeyMeansNoReplayAndABadKeyNamesTheField() {
		assertThat(send(IdempotentRequest.of(1, "test.kind", "  ", "x")).repeated()).isFalse();
		assertThat(send(IdempotentRequest.of(1, "test.kind", null, "x")).repeated()).isFalse();
		assertThat(made).hasValue(2);
		assertThatThrownBy(() -> IdempotentRequest.of(1, "test.kind", "k".repeat(101), "x"))
			.isInstanceOf(InvalidInputException.class)
			.extracting(e -> ((InvalidInputException) e).field()).isEqualTo("idempotencyKey");
	}

	@Test
	void twoAtTheSameMomentDoTheWorkOnce() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			for (int round = 0; round < 10; round++) {
				String key = key();
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Once<String>>> sent = new java.util.ArrayList<>();
				for (int i = 0; i < 8; i++) {
					sent.add(pool.submit(() -> {
						start.await();
						return tx.execute(s -> idempotency.once(IdempotentRequest.of(1, "test.race", key, "same"), () -> {
							sleep(20); // the others arrive while this claim is uncommitted
							return "made-" + made.incrementAndGet();
						}, v -> v, a -> a));
					}));
				}
				start.countDown();
				List<Once<String>> answers = new java.util.ArrayList<>();
				for (Future<Once<String>> f : sent) {
					answers.add(f.get(30, TimeUnit.SECONDS));
				}
				assertThat(answers).extracting(Once::value).containsOnly(answers.get(0).value());
				assertThat(answers).filteredOn(a -> !a.repeated()).hasSize(1);
			}
			assertThat(made).hasValue(10);
		}
		finally {
			pool.shutdownNow();
		}
	}

	static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
