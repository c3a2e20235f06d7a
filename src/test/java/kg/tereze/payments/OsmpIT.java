package kg.tereze.payments;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kg.tereze.support.RunningApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A terminal network checks accounts and pays by the OSMP protocol; every repeat is taken once. */
@RunningApplication
class OsmpIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final HttpClient client = HttpClient.newHttpClient();

	record Answer(int status, String body) {

		String get(String tag) {
			Matcher m = Pattern.compile("<" + tag + ">([^<]*)</" + tag + ">").matcher(body);
			return m.find() ? m.group(1) : null;
		}

		int result() {
			return Integer.parseInt(get("result"));
		}
	}

	Answer call(String query, String user, String password) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/agents/osmp?" + query));
		if (user != null) {
			b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		try {
			HttpResponse<String> r = client.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(r.statusCode(), r.body());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	Answer terminal(String query) {
		return call(query, "demo-terminal", "demo");
	}

	static String txn() {
		return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L));
	}

	String account() {
		return jdbc.sql("select number from payer_account order by id limit 1 offset 7").query(String.class).single();
	}

	long balance(String account) {
		return jdbc.sql("select coalesce(sum(e.amount), 0) from ledger_entry e join payer_account a on a.id = e.account_id where a.number = ?")
			.param(account).query(Long.class).single();
	}

	long entries() {
		return jdbc.sql("select count(*) from ledger_entry").query(Long.class).single();
	}

	@Test
	void checkAnswersEveryResultCodeTheProtocolNames() {
		String a = account();
		assertThat(terminal("command=check&txn_id=" + txn() + "&account=" + a + "&sum=150.00").result()).isZero();
		assertThat(terminal("command=check&txn_id=" + txn() + "&account=12345678&sum=10").result()).isEqualTo(4);
		assertThat(terminal("command=check&txn_id=" + txn() + "&account=abc&sum=10").result()).isEqualTo(4);
		assertThat(terminal("command=check&txn_id=" + txn() + "&account=99999997&sum=10").result()).isEqualTo(5);
		assertThat(terminal("command=check&txn_id=" + txn() + "&account=" + a + "&sum=0").result()).isEqualTo(241);
		assertThat(terminal("command=check&txn_id=" + txn() + "&account=" + a + "&sum=100001").result()).isEqualTo(242);
		assertThat(terminal("command=check&txn_id=" + txn() + "&account=" + a + "&sum=10.005").result()).isEqualTo(300);
		assertThat(terminal("command=check&txn_id=" + txn() + "&account=" + a + "&sum=-5").result()).isEqualTo(300);
		assertThat(terminal("command=refund&txn_id=" + txn() + "&account=" + a + "&sum=5").result()).isEqualTo(300);
		assertThat(terminal("command=check&txn_id=abc&account=" + a + "&sum=5").result()).isEqualTo(300);
		Answer ok = terminal("command=check&txn_id=77&account=" + a + "&sum=5");
		assertThat(ok.body()).startsWith("<?xml").contains("<osmp_txn_id>77</osmp_txn_id>", "<sum>5.00</sum>");
	}

	@Test
	void withoutTheRightCredentialsNothingIsAnsweredOrPosted() {
		long before = entries();
		String pay = "command=pay&txn_id=" + txn() + "&txn_date=20261123120000&account=" + account() + "&sum=10";
		assertThat(call(pay, null, null).status()).isEqualTo(401);
		assertThat(call(pay, "demo-terminal", "wrong").status()).isEqualTo(401);
		assertThat(call(pay, "nobody", "demo").status()).isEqualTo(401);
		assertThat(call(pay, "demo-terminal", "wrong").body()).contains("<result>300</result>");
		assertThat(entries()).isEqualTo(before);
	}

	@Test
	void aPaymentIsPostedOnceHoweverOftenItIsSent() throws Exception {
		String a = account();
		long before = balance(a);
		String id = txn();
		String pay = "command=pay&txn_id=" + id + "&txn_date=20261123120000&account=" + a + "&sum=125.50";
		Answer first = terminal(pay);
		assertThat(first.result()).as(first.body()).isZero();
		String prv = first.get("prv_txn");
		assertThat(prv).isNotBlank();
		assertThat(balance(a)).isEqualTo(before - 12550);

		Answer again = terminal(pay);
		assertThat(again.result()).isZero();
		assertThat(again.get("prv_txn")).isEqualTo(prv);
		assertThat(balance(a)).isEqualTo(before - 12550);

		assertThat(terminal("command=pay&txn_id=" + id + "&txn_date=20261123120000&account=" + a + "&sum=999").result())
			.as("the same txn_id with another sum").isEqualTo(300);
		assertThat(balance(a)).isEqualTo(before - 12550);

		String twice = txn();
		String payTwice = "command=pay&txn_id=" + twice + "&txn_date=20261123120500&account=" + a + "&sum=10";
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Callable<Answer>> calls = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			calls.add(() -> terminal(payTwice));
		}
		List<String> prvs = new ArrayList<>();
		for (Future<Answer> f : pool.invokeAll(calls)) {
			assertThat(f.get().result()).as(f.get().body()).isZero();
			prvs.add(f.get().get("prv_txn"));
		}
		pool.shutdown();
		assertThat(prvs).containsOnly(prvs.get(0));
		assertThat(balance(a)).as("eight identical requests at once post once").isEqualTo(before - 12550 - 1000);

		String clash = txn();
		List<Callable<Answer>> sums = new ArrayList<>();
		for (int i = 1; i <= 6; i++) {
			String p = "command=pay&txn_id=" + clash + "&txn_date=20261123121000&account=" + a + "&sum=" + i;
			sums.add(() -> terminal(p));
		}
		ExecutorService at = Executors.newFixedThreadPool(6);
		List<Answer> answers = new ArrayList<>();
		for (Future<Answer> f : at.invokeAll(sums)) {
			answers.add(f.get());
		}
		at.shutdown();
		assertThat(answers).as("one txn_id with six sums at once: one is taken").filteredOn(x -> x.result() == 0).hasSize(1);
		assertThat(answers).filteredOn(x -> x.result() != 0).extracting(Answer::result).containsOnly(300);
		long taken = Long.parseLong(answers.stream().filter(x -> x.result() == 0).findFirst().orElseThrow().get("sum")
			.replace(".00", "")) * 100;
		assertThat(balance(a)).isEqualTo(before - 12550 - 1000 - taken);
	}

	@Test
	void aDateMoreThanThreeDaysBackIsBookedTodayWithTheAgentsDateKeptBeside() {
		String a = account();
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bishkek"));
		java.time.LocalDate old = today.minusDays(20);
		java.time.LocalDate recent = today.minusDays(2);
		String oldId = txn();
		String recentId = txn();
		java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd");
		assertThat(terminal("command=pay&txn_id=" + oldId + "&txn_date=" + old.format(f) + "090000&account=" + a + "&sum=10").result())
			.isZero();
		assertThat(terminal("command=pay&txn_id=" + recentId + "&txn_date=" + recent.format(f) + "090000&account=" + a + "&sum=10")
			.result()).isZero();
		String booked = "select e.booked_on from agent_txn t join ledger_entry e on e.id = t.ledger_entry_id where t.txn_id = ?";
		String kept = "select cast(t.txn_date as date) from agent_txn t where t.txn_id = ?";
		assertThat(jdbc.sql(booked).param(oldId).query(java.time.LocalDate.class).single()).isEqualTo(today);
		assertThat(jdbc.sql(kept).param(oldId).query(java.time.LocalDate.class).single()).isEqualTo(old);
		assertThat(jdbc.sql(booked).param(recentId).query(java.time.LocalDate.class).single()).isEqualTo(recent);
	}

	@Test
	void guessingAPasswordIsStoppedAfterTenFailuresAMinute() {
		// an agent code of its own, so that the other tests' terminal is not held up from this address
		String code = "ghost-" + txn();
		for (int i = 0; i < 10; i++) {
			assertThat(call("command=check&txn_id=1&account=1", code, "guess-" + i).status()).isEqualTo(401);
		}
		Answer held = call("command=check&txn_id=1&account=1", code, "guess-10");
		assertThat(held.status()).isEqualTo(429);
		assertThat(held.result()).isEqualTo(1);
		assertThat(terminal("command=check&txn_id=1&account=" + account()).result()).as("another agent is not held up").isZero();
	}

	@Test
	void aMalformedPaymentPostsNothing() {
		String a = account();
		long before = entries();
		assertThat(terminal("command=pay&txn_id=" + txn() + "&txn_date=2026-11-23&account=" + a + "&sum=10").result()).isEqualTo(300);
		assertThat(terminal("command=pay&txn_id=" + txn() + "&txn_date=20261399120000&account=" + a + "&sum=10").result()).isEqualTo(300);
		assertThat(terminal("command=pay&txn_id=" + txn() + "&account=" + a + "&sum=10").result()).isEqualTo(300);
		assertThat(terminal("command=pay&txn_id=" + txn() + "&txn_date=20261123120000&account=" + a).result()).isEqualTo(300);
		assertThat(terminal("command=pay&txn_id=" + txn() + "&txn_date=20261123120000&account=" + a + "&sum=0").result()).isEqualTo(241);
		assertThat(terminal("command=pay&txn_id=" + txn() + "&txn_date=20261123120000&account=10000009&sum=10").result()).isEqualTo(4);
		assertThat(entries()).isEqualTo(before);
	}

	@Test
	void aPostedFormIsAnsweredLikeAGet() throws Exception {
		String a = account();
		String body = "command=pay&txn_id=" + txn() + "&txn_date=20261123130000&account=" + a + "&sum=1.50";
		HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/agents/osmp"))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("demo-terminal:demo".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
		assertThat(r.body()).contains("<result>0</result>", "<prv_txn>");
	}
}
