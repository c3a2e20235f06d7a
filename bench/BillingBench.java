import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;

/**
 * A billing run at national scale: one book of 2,000,000 accounts (every household of the national
 * register, and organisations to make up the rest), billed for a month through the HTTP API, timed from
 * the request to the run's end. The baseline is PostgreSQL's own COPY of the same number of rows into a
 * table shaped and indexed like the ledger's. Each rerun bills the month before the last one billed.
 *   java -cp ... bench/BillingBench.java <base url> <jdbc url> <user> <password> [accounts=2000000]
 */
public class BillingBench {

	static final String TOKEN = "bench-billing-accountant";

	public static void main(String[] args) throws Exception {
		String base = args[0];
		long target = args.length > 4 ? Long.parseLong(args[4]) : 2_000_000L;
		try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
			db.setAutoCommit(true);
			long book = prepare(db, base, target);
			YearMonth month = nextMonth(db, book);
			long accounts = scalar(db, "select count(*) from payer_account where book_id = " + book);
			System.out.printf("book %d: %,d accounts, %,d subscriptions; billing %s%n", book, accounts,
					scalar(db, "select count(*) from billing_subscription where book_id = " + book), month);

			long t0 = System.nanoTime();
			String body = post(base, "/api/v1/billing/books/" + book + "/runs",
					"{\"month\": \"" + month + "\", \"mode\": \"COMMIT\"}");
			String id = field(body, "id");
			String run;
			do {
				Thread.sleep(500);
				run = get(base, "/api/v1/billing/runs/" + id);
			}
			while (!field(run, "status").equals("DONE") && !field(run, "status").equals("FAILED"));
			double seconds = (System.nanoTime() - t0) / 1e9;
			long lines = Long.parseLong(field(run, "lines"));
			System.out.printf("billing run: %s, %,d lines, %s som, %.1f s (%,.0f lines a second)%n", field(run, "status"),
					lines, field(run, "amount"), seconds, lines / seconds);
			long entries = scalar(db, "select count(*) from ledger_entry where book_id = " + book + " and reference = '" + id + "'");
			System.out.printf("ledger entries of the run: %,d%n", entries);

			double copy = copyBaseline(db, lines);
			System.out.printf("baseline, COPY of %,d rows into a table indexed like ledger_entry: %.1f s; ratio %.2fx%n",
					lines, copy, seconds / copy);
		}
	}

	/** Creates (once) the enterprise, its accountant, its book, the accounts, services, tariffs and subscriptions. */
	static long prepare(Connection db, String base, long target) throws Exception {
		try (Statement s = db.createStatement()) {
			long m = scalar(db, "select min(id) from municipality where code like 'BN%'");
			if (m == 0) {
				throw new IllegalStateException("no national register: run bench/registry-search.sh first");
			}
			s.execute("""
					insert into enterprise (municipality_id, code, name_ky, name_ru, name_en, kind, serves_whole_district, created_at)
					select %d, 'BENCHSUU', 'Бенч суу', 'Бенч вода', 'Bench water', 'WATER', false, now()
					 where not exists (select 1 from enterprise where code = 'BENCHSUU')""".formatted(m));
			long enterprise = scalar(db, "select id from enterprise where code = 'BENCHSUU'");
			s.execute("""
					insert into staff_user (municipality_id, username, full_name, password_hash, roles, created_at)
					select %d, 'bench.accountant', 'Бенч Эсепчи', '{noop}-', array['ACCOUNTANT'], now()
					 where not exists (select 1 from staff_user where username = 'bench.accountant')""".formatted(m));
			s.execute("""
					insert into api_token (user_id, name, token_hash, prefix, created_at)
					select id, 'bench', '%s', 'bench-bi', now() from staff_user u where username = 'bench.accountant'
					   and not exists (select 1 from api_token where token_hash = '%s')"""
				.formatted(sha256(TOKEN), sha256(TOKEN)));
			s.execute("""
					insert into ledger_book (municipality_id, enterprise_id) select %d, %d
					 where not exists (select 1 from ledger_book where enterprise_id = %d)""".formatted(m, enterprise, enterprise));
			long book = scalar(db, "select id from ledger_book where enterprise_id = " + enterprise);
			if (scalar(db, "select count(*) from payer_account where book_id = " + book) == 0) {
				System.out.println("opening accounts ...");
				s.execute("""
						create or replace function pg_temp.luhn(body text) returns text language sql immutable as $$
						  select body || ((10 - sum(case when i % 2 = 1 then (d * 2) / 10 + (d * 2) % 10 else d end) % 10) % 10)::text
						    from (select i, substr(reverse(body), i, 1)::int as d from generate_series(1, length(body)) i) x $$""");
				s.execute("""
						insert into payer_account (book_id, municipality_id, number, holder_kind, category, household_id,
						                           holder_name, village_id, search_text, opened_on, created_at)
						select %d, %d, pg_temp.luhn(nextval('payer_account_seq')::text), 'HOUSEHOLD', 'HOUSEHOLD', h.id,
						       'Үй чарба ' || h.book_number, h.village_id, '', date '2020-01-01', now()
						  from household h order by h.id limit %d""".formatted(book, m, target));
				s.execute("""
						insert into payer_account (book_id, municipality_id, number, holder_kind, category, holder_name,
						                           search_text, opened_on, created_at)
						select %d, %d, pg_temp.luhn(nextval('payer_account_seq')::text), 'ORGANISATION',
						       case when g %% 3 = 0 then 'BUDGET' else 'BUSINESS' end, 'Мекеме ' || g, '', date '2020-01-01', now()
						  from generate_series(1, %d - (select count(*) from payer_account where book_id = %d)) g"""
					.formatted(book, m, target, book));
			}
			if (scalar(db, "select count(*) from billing_service where book_id = " + book) == 0) {
				System.out.println("services, tariffs, subscriptions ...");
				service(base, book, "WATER_TAP", "PER_PERSON");
				service(base, book, "WATER_STANDPIPE", "PER_PERSON");
				service(base, book, "WATER_FLAT", "FLAT");
				YearMonth last = YearMonth.now().minusMonths(1);
				tariff(base, book, "WATER_TAP", "HOUSEHOLD", "25", "2020-01-01");
				// a price change on the 11th of the first month billed: that month is pro-rated by days
				tariff(base, book, "WATER_TAP", "HOUSEHOLD", "30", last.atDay(11).toString());
				tariff(base, book, "WATER_STANDPIPE", "HOUSEHOLD", "12", "2020-01-01");
				tariff(base, book, "WATER_FLAT", "BUDGET", "500", "2020-01-01");
				tariff(base, book, "WATER_FLAT", "BUSINESS", "800", "2020-01-01");
				s.execute("""
						insert into billing_subscription (book_id, account_id, service_id, starts_on, created_at)
						select a.book_id, a.id, v.id, date '2020-01-01', now()
						  from ledger_account_v a join billing_service v on v.book_id = a.book_id
						   and v.code = case when a.household_id is null then 'WATER_FLAT'
						                     when a.id %% 10 < 7 then 'WATER_TAP' else 'WATER_STANDPIPE' end
						 where a.book_id = %d""".formatted(book));
				s.execute("analyze payer_account; analyze billing_subscription; analyze membership");
			}
			return book;
		}
	}

	static YearMonth nextMonth(Connection db, long book) throws Exception {
		YearMonth m = YearMonth.now().minusMonths(1);
		while (scalar(db, "select count(*) from billing_run where book_id = %d and mode = 'COMMIT' and status = 'DONE' and month = '%s'"
			.formatted(book, m.atDay(1))) > 0) {
			m = m.minusMonths(1);
		}
		return m;
	}

	static double copyBaseline(Connection db, long rows) throws Exception {
		try (Statement s = db.createStatement()) {
			s.execute("drop table if exists bench_ledger_copy");
			s.execute("create table bench_ledger_copy (like ledger_entry including defaults including identity including indexes)");
			long account = scalar(db, "select min(id) from payer_account");
			Reader data = new Reader() {
				long row = 0;
				String pending = "";
				int at = 0;

				@Override
				public int read(char[] buf, int off, int len) {
					int n = 0;
					while (n < len) {
						if (at == pending.length()) {
							if (row == rows) {
								return n == 0 ? -1 : n;
							}
							row++;
							pending = "1\t" + (account + row) + "\tCHARGE\t" + (7000 + row % 5000)
									+ "\t2026-10-31\t2026-11-20\tWATER_TAP\t2026-10\tBILLING\tbench\t\\N\tbill:2026-10:WATER_TAP:" + row
									+ "\t2026-11-01 00:00:00+00\t1\tБенч Эсепчи\n";
							at = 0;
						}
						int k = Math.min(len - n, pending.length() - at);
						pending.getChars(at, at + k, buf, off + n);
						at += k;
						n += k;
					}
					return n;
				}

				@Override
				public void close() {
				}
			};
			long t0 = System.nanoTime();
			db.unwrap(PGConnection.class).getCopyAPI().copyIn("""
					copy bench_ledger_copy (book_id, account_id, kind, amount, booked_on, due_on, service_code, memo, source,
					                        reference, reverses_id, idempotency_key, created_at, created_by, created_by_name)
					from stdin""", data);
			double seconds = (System.nanoTime() - t0) / 1e9;
			s.execute("drop table bench_ledger_copy");
			return seconds;
		}
	}

	static void service(String base, long book, String code, String basis) throws Exception {
		post(base, "/api/v1/billing/books/" + book + "/services",
				"{\"code\": \"%s\", \"nameKy\": \"%s\", \"nameRu\": \"%s\", \"basis\": \"%s\"}".formatted(code, code, code, basis));
	}

	static void tariff(String base, long book, String code, String category, String price, String from) throws Exception {
		post(base, "/api/v1/billing/books/" + book + "/services/" + code + "/tariffs",
				"{\"category\": \"%s\", \"price\": \"%s\", \"validFrom\": \"%s\"}".formatted(category, price, from));
	}

	static String post(String base, String path, String json) throws Exception {
		HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() >= 300) {
			throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
		}
		return r.body();
	}

	static String get(String base, String path) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	static String field(String json, String name) {
		Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
		return m.find() ? m.group(1) : "";
	}

	static long scalar(Connection db, String sql) throws Exception {
		try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			return rs.next() ? rs.getLong(1) : 0;
		}
	}

	static String sha256(String s) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes("UTF-8")));
	}
}
