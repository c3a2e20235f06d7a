import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import kg.tereze.support.KeptAliveHttp;

/**
 * Each client thread sends a pay for a random demo account, and the same pay again at the same moment
 * from a second thread; it records both latencies. Afterwards the sum of all balances must have moved
 * by exactly the sum of the distinct payments.
 */
public class AgentPaymentBench {

	static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("demo-terminal:demo".getBytes(StandardCharsets.UTF_8));

	/** What one phase of load did. */
	record Load(double seconds, long[] latencies, long distinct, long paid, long failed) {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int seconds = Integer.parseInt(args[4]);
		int clients = Integer.parseInt(args[5]);
		int warmup = args.length > 6 ? Integer.parseInt(args[6]) : 15;
		try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
			List<String> accounts = new ArrayList<>();
			try (ResultSet rs = db.createStatement().executeQuery("select number from payer_account")) {
				while (rs.next()) {
					accounts.add(rs.getString(1));
				}
			}
			long before = total(db);
			long entriesBefore = count(db);
			// The same load, unmeasured, until the JIT has compiled the request path: "sustained" is the steady state.
			Load warm = load(base, accounts, clients, warmup);
			Load run = load(base, accounts, clients, seconds);
			long moved = before - total(db);
			long postings = count(db) - entriesBefore;
			long distinct = warm.distinct() + run.distinct();
			long paid = warm.paid() + run.paid();
			long[] sorted = run.latencies();
			System.out.printf("agent pay, %d clients each sending every payment twice at once, %.0f s after %d s of warm-up:%n",
					clients, run.seconds(), warmup);
			System.out.printf("  %d distinct payments (%.0f a second), %d requests (%.0f a second), %d failed%n",
					run.distinct(), run.distinct() / run.seconds(), sorted.length, sorted.length / run.seconds(), run.failed());
			System.out.printf("  latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", ms(sorted, 0.50), ms(sorted, 0.95),
					ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
			System.out.printf("  ledger entries written %d for %d payments (warm-up included); balances moved %d tyiyn for %d paid: %s%n",
					postings, distinct, moved, paid, postings == distinct && moved == paid ? "no double posting" : "MISMATCH");
			double bare = bareInserts(db, clients, 10);
			System.out.printf("baseline, durable single-row inserts by %d connections: %.0f a second; payments/baseline %.2f%n",
					clients, bare, run.distinct() / run.seconds() / bare);
		}
	}

	static Load load(String base, List<String> accounts, int clients, int seconds) throws Exception {
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicLong paid = new AtomicLong();
		AtomicLong distinct = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		URI uri = URI.create(base);
		long t0 = System.nanoTime();
		List<java.util.concurrent.Future<?>> running = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			running.add(pool.submit(() -> {
				ThreadLocalRandom r = ThreadLocalRandom.current();
				// Two kept-alive connections per client: both copies of a payment are written before either
				// answer is read, so they reach the server at the same moment without a thread hand-off.
				try (KeptAliveHttp a = new KeptAliveHttp(uri); KeptAliveHttp b = new KeptAliveHttp(uri)) {
					while (System.nanoTime() < end) {
						String txn = Long.toString(r.nextLong(1_000_000_000_000L, 9_000_000_000_000L));
						String account = accounts.get(r.nextInt(accounts.size()));
						long tyiyn = 100 + r.nextInt(100_000);
						String sum = String.format("%d.%02d", tyiyn / 100, tyiyn % 100);
						String path = "/api/agents/osmp?command=pay&txn_id=" + txn + "&txn_date=20261123120000&account="
								+ account + "&sum=" + sum;
						long sent = System.nanoTime();
						a.send(path, "Authorization: " + AUTH);
						b.send(path, "Authorization: " + AUTH);
						String first = a.receive().body();
						latencies.add(System.nanoTime() - sent);
						String second = b.receive().body();
						latencies.add(System.nanoTime() - sent);
						if (!first.contains("<result>0</result>") || !second.contains("<result>0</result>")) {
							failed.incrementAndGet();
						}
						paid.addAndGet(tyiyn);
						distinct.incrementAndGet();
					}
				}
				return null;
			}));
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 60L, java.util.concurrent.TimeUnit.SECONDS);
		for (var client : running) {
			client.get(); // a client that broke off fails the run instead of shortening it unnoticed
		}
		double elapsed = (System.nanoTime() - t0) / 1e9;
		long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
		return new Load(elapsed, sorted, distinct.get(), paid.get(), failed.get());
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
