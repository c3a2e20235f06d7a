import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Each client thread sends a pay for a random demo account, and the same pay again at the same moment
 * from a second thread; it records both latencies. Afterwards the sum of all balances must have moved
 * by exactly the sum of the distinct payments.
 */
public class AgentPaymentBench {

	static final HttpClient HTTP = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(64)).build();

	static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("demo-terminal:demo".getBytes(StandardCharsets.UTF_8));

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int seconds = Integer.parseInt(args[4]);
		int clients = Integer.parseInt(args[5]);
		try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
			List<String> accounts = new ArrayList<>();
			try (ResultSet rs = db.createStatement().executeQuery("select number from payer_account")) {
				while (rs.next()) {
					accounts.add(rs.getString(1));
				}
			}
			long before = total(db);
			long entriesBefore = count(db);
			for (int i = 0; i < 200; i++) {
				pay(base, "9" + System.nanoTime(), accounts.get(i % accounts.size()), "1.00");
			}
			long warm = total(db);
			long warmEntries = count(db);
			ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
			AtomicLong paid = new AtomicLong();
			AtomicLong distinct = new AtomicLong();
			AtomicLong failed = new AtomicLong();
			long end = System.nanoTime() + seconds * 1_000_000_000L;
			ExecutorService pool = Executors.newFixedThreadPool(clients);
			long t0 = System.nanoTime();
			for (int c = 0; c < clients; c++) {
				pool.submit(() -> {
					ThreadLocalRandom r = ThreadLocalRandom.current();
					while (System.nanoTime() < end) {
						String txn = Long.toString(r.nextLong(1_000_000_000_000L, 9_000_000_000_000L));
						String account = accounts.get(r.nextInt(accounts.size()));
						long tyiyn = 100 + r.nextInt(100_000);
						String sum = String.format("%d.%02d", tyiyn / 100, tyiyn % 100);
						CompletableFuture<Long> a = CompletableFuture.supplyAsync(() -> timed(base, txn, account, sum, failed));
						CompletableFuture<Long> b = CompletableFuture.supplyAsync(() -> timed(base, txn, account, sum, failed));
						latencies.add(a.join());
						latencies.add(b.join());
						paid.addAndGet(tyiyn);
						distinct.incrementAndGet();
					}
					return null;
				});
			}
			pool.shutdown();
			pool.awaitTermination(seconds + 60L, java.util.concurrent.TimeUnit.SECONDS);
			double elapsed = (System.nanoTime() - t0) / 1e9;
			long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
			long moved = warm - total(db);
			long postings = count(db) - warmEntries;
			System.out.printf("agent pay, %d clients each sending every payment twice at once, %.0f s:%n", clients, elapsed);
			System.out.printf("  %d distinct payments (%.0f a second), %d requests (%.0f a second), %d failed%n",
					distinct.get(), distinct.get() / elapsed, sorted.length, sorted.length / elapsed, failed.get());
			System.out.printf("  latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99));
			System.out.printf("  ledger entries written %d for %d payments; balances moved %d tyiyn for %d paid: %s%n", postings,
					distinct.get(), moved, paid.get(), postings == distinct.get() && moved == paid.get() ? "no double posting" : "MISMATCH");
			double bare = bareInserts(db, clients, 10);
			System.out.printf("baseline, durable single-row inserts by %d connections: %.0f a second; payments/baseline %.2f%n",
					clients, bare, distinct.get() / elapsed / bare);
			if (before == warm && entriesBefore == warmEntries) {
				System.out.println("(warm-up did not post)");
			}
		}
	}

	static long timed(String base, String txn, String account, String sum, AtomicLong failed) {
		long t = System.nanoTime();
		String body = pay(base, txn, account, sum);
		if (!body.contains("<result>0</result>")) {
			failed.incrementAndGet();
		}
		return System.nanoTime() - t;
	}

	static String pay(String base, String txn, String account, String sum) {
		try {
			return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/agents/osmp?command=pay&txn_id=" + txn
					+ "&txn_date=20261123120000&account=" + account + "&sum=" + sum)).header("Authorization", AUTH).GET().build(),
					HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (Exception e) {
			return e.toString();
		}
	}

	static double ms(long[] sorted, double q) {
		return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1e6;
	}

	static long total(Connection db) throws Exception {
		try (ResultSet rs = db.createStatement().executeQuery("select coalesce(sum(amount), 0) from ledger_entry")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static long count(Connection db) throws Exception {
		try (ResultSet rs = db.createStatement().executeQuery("select count(*) from ledger_entry")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** What PostgreSQL itself commits a second: one row per transaction, durable, from as many connections. */
	static double bareInserts(Connection db, int clients, int seconds) throws Exception {
		db.createStatement().execute("drop table if exists bench_insert");
		db.createStatement().execute("create table bench_insert (id bigint generated always as identity primary key, "
				+ "account text not null, amount bigint not null, at timestamptz not null default now())");
		AtomicLong n = new AtomicLong();
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		String url = db.getMetaData().getURL();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		for (int c = 0; c < clients; c++) {
			pool.submit(() -> {
				try (Connection own = DriverManager.getConnection(url, "tereze", "tereze");
						PreparedStatement insert = own.prepareStatement("insert into bench_insert (account, amount) values (?, ?)")) {
					while (System.nanoTime() < end) {
						insert.setString(1, "10000008");
						insert.setLong(2, 100);
						insert.executeUpdate();
						n.incrementAndGet();
					}
				}
				return null;
			});
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 30L, java.util.concurrent.TimeUnit.SECONDS);
		db.createStatement().execute("drop table bench_insert");
		return n.get() / (double) seconds;
	}
}
