import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * WhatsApp deliveries, signed, from many clients at once, each message with its own id; a delivery that
 * is not answered 200 (the server is being restarted by the script) is sent again, as Meta does. The
 * acknowledged messages are then counted in the database: each must be stored once and processed into
 * a thread. The baseline is PostgreSQL's own rate of durable single-row inserts of the same payloads.
 */
public class MessagingBench {

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
		.executor(Executors.newFixedThreadPool(64)).build();

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int seconds = Integer.parseInt(args[4]);
		int clients = Integer.parseInt(args[5]);
		String run = "b" + Long.toString(System.currentTimeMillis(), 36);
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		Set<String> acked = ConcurrentHashMap.newKeySet();
		AtomicLong resent = new AtomicLong();
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long t0 = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			int client = c;
			pool.submit(() -> {
				long n = 0;
				while (System.nanoTime() < end) {
					String id = "wamid." + run + "." + client + "." + (n++);
					String from = "99670" + String.format("%07d", (client * 7919 + n) % 10_000_000);
					String body = delivery(from, id, "Бенчмарк " + n);
					while (true) {
						long s = System.nanoTime();
						int status = send(base, body);
						if (status == 200) {
							latencies.add(System.nanoTime() - s);
							acked.add(id);
							break;
						}
						resent.incrementAndGet();
						sleep(200);
						if (System.nanoTime() > end + 120_000_000_000L) {
							return null;
						}
					}
				}
				return null;
			});
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 300, TimeUnit.SECONDS);
		double elapsed = (System.nanoTime() - t0) / 1e9;
		long[] l = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf("acknowledged %d messages in %.1f s: %.0f msg/s; resent after a refused or lost answer: %d%n",
				acked.size(), elapsed, acked.size() / elapsed, resent.get());
		System.out.printf("ack latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", pct(l, 50), pct(l, 95),
				pct(l, 99), l.length == 0 ? 0 : l[l.length - 1] / 1e6);
		try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
			long deadline = System.nanoTime() + 300_000_000_000L;
			long stored;
			long done;
			do {
				sleep(1000);
				stored = count(db, "select count(*) from messaging_inbound where external_id like ?", "wamid." + run + ".%");
				done = count(db, "select count(*) from messaging_inbound where state = 'DONE' and external_id like ?", "wamid." + run + ".%");
			}
			while (done < acked.size() && System.nanoTime() < deadline);
			long inThreads = count(db, "select count(*) from appeals_message where external_id like ?", "wamid." + run + ".%");
			System.out.printf("stored %d (each once), processed %d, in threads %d; acknowledged but missing: %d%n", stored, done,
					inThreads, acked.size() - inThreads);
			double baseline = baseline(db, clients, 4000);
			System.out.printf("baseline: PostgreSQL durable single-row inserts by %d connections: %.0f rows/s; ingest is %.2f of it%n",
					clients, baseline, acked.size() / elapsed / baseline);
		}
		System.exit(0);
	}

	static String delivery(String from, String id, String text) {
		return """
				{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"996312000000","phone_number_id":"109876543210001"},"contacts":[{"profile":{"name":"Bench"},"wa_id":"%s"}],"messages":[{"from":"%s","id":"%s","timestamp":"1","type":"text","text":{"body":"%s"}}]}}]}]}"""
			.formatted(from, from, id, text);
	}

	static int send(String base, String body) {
		try {
			byte[] raw = body.getBytes(StandardCharsets.UTF_8);
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec("demo-app-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			String sig = "sha256=" + HexFormat.of().formatHex(mac.doFinal(raw));
			HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/webhooks/whatsapp")).timeout(Duration.ofSeconds(5))
				.header("Content-Type", "application/json").header("X-Hub-Signature-256", sig)
				.POST(HttpRequest.BodyPublishers.ofByteArray(raw)).build();
			return HTTP.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (Exception e) {
			return -1;
		}
	}

	static double baseline(Connection db, int clients, int rowsEach) throws Exception {
		try (var s = db.createStatement()) {
			s.execute("create table if not exists bench_ingest (id bigserial primary key, key text unique, payload text)");
			s.execute("truncate bench_ingest");
		}
		String url = db.getMetaData().getURL();
		String user = db.getMetaData().getUserName();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long t0 = System.nanoTime();
		List<java.util.concurrent.Future<?>> all = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int client = c;
			all.add(pool.submit(() -> {
				try (Connection own = DriverManager.getConnection(url, user, "tereze");
						PreparedStatement p = own.prepareStatement("insert into bench_ingest (key, payload) values (?, ?) on conflict do nothing")) {
					for (int i = 0; i < rowsEach; i++) {
						p.setString(1, client + ":" + i + ":" + UUID.randomUUID());
						p.setString(2, delivery("996700000000", "x", "Бенчмарк " + i));
						p.executeUpdate();
					}
				}
				return null;
			}));
		}
		for (var f : all) {
			f.get();
		}
		pool.shutdown();
		double rate = (double) clients * rowsEach / ((System.nanoTime() - t0) / 1e9);
		try (var s = db.createStatement()) {
			s.execute("drop table bench_ingest");
		}
		return rate;
	}

	static long count(Connection db, String sql, String like) throws Exception {
		try (PreparedStatement p = db.prepareStatement(sql)) {
			p.setString(1, like);
			try (ResultSet rs = p.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	static double pct(long[] sorted, int p) {
		return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
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
