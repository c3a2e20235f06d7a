package kg.tereze.payments;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

import kg.tereze.support.Api;
import kg.tereze.support.RunningApplication;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The terminal network's statement for a day set against what it paid through the protocol: what is
 * missing on either side and what differs is listed, bad files are refused, and only the
 * municipality's accountants and head see it.
 */
@RunningApplication
class ReconciliationIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final HttpClient client = HttpClient.newHttpClient();

	Api as(String user) {
		return new Api(port, Api.demoToken(user));
	}

	String karoolAccount(int offset) {
		return jdbc.sql("""
				select a.number from payer_account a join municipality m on m.id = a.municipality_id
				 where m.code = 'KAR' order by a.id limit 1 offset ?""").param(offset).query(String.class).single();
	}

	void pay(String txn, String date, String account, String sum) {
		String q = "command=pay&txn_id=" + txn + "&txn_date=" + date + "&account=" + account + "&sum=" + sum;
		HttpRequest r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/agents/osmp?" + q))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("demo-terminal:demo".getBytes(StandardCharsets.UTF_8)))
			.GET().build();
		try {
			assertThat(client.send(r, HttpResponse.BodyHandlers.ofString()).body()).contains("<result>0</result>");
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	static String txn() {
		return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L));
	}

	Api.Reply upload(Api api, String agent, String day, byte[] file) {
		return api.uploadForm("/api/v1/payments/reconciliations", java.util.Map.of("agent", agent, "day", day), "statement.csv", file);
	}

	@Test
	void theStatementIsSetAgainstThePaymentsAndEveryDifferenceListed() {
		String day = "2026-11-" + (10 + ThreadLocalRandom.current().nextInt(10));
		String stamp = day.replace("-", "");
		String a = karoolAccount(3);
		String b = karoolAccount(4);
		String matched = txn();
		String otherSum = txn();
		String notInStatement = txn();
		pay(matched, stamp + "101500", a, "150.00");
		pay(otherSum, stamp + "111500", b, "200.00");
		pay(notInStatement, stamp + "121500", a, "75.50");
		String notHere = txn();
		String razzakovAccount = jdbc.sql("""
				select a.number from payer_account a join municipality m on m.id = a.municipality_id
				 where m.code <> 'KAR' order by a.id limit 1""").query(String.class).optional().orElse("99999997");
		String csv = "txn_id;txn_date;account;sum\n"
				+ matched + ";" + stamp + "101500;" + a + ";150.00\n"
				+ otherSum + ";" + stamp + "111500;" + b + ";250.00\n"
				+ notHere + ";" + stamp + "130000;" + a + ";40.00\n"
				+ txn() + ";" + stamp + "140000;" + razzakovAccount + ";10.00\n"
				+ "abc!;" + stamp + "150000;" + a + ";5.00\n"
				+ txn() + ";" + stamp + "160000;" + a + ";ten\n";
		Api.Reply r = upload(as("karool.accountant"), "demo-terminal", day, csv.getBytes(StandardCharsets.UTF_8));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		JsonNode rec = r.json().get("reconciliation");
		assertThat(rec.get("matched").asInt()).isEqualTo(1);
		assertThat(rec.get("missingHere").asInt()).isEqualTo(1);
		assertThat(rec.get("mismatched").asInt()).isEqualTo(1);
		assertThat(rec.get("badRows").asInt()).isEqualTo(2);
		assertThat(rec.get("otherRows").asInt()).isEqualTo(1);
		assertThat(rec.get("missingThere").asInt()).as("our payments of the day the statement leaves out").isGreaterThanOrEqualTo(1);
		assertThat(r.json().get("clean").asBoolean()).isFalse();
		String items = r.json().get("items").toString();
		assertThat(items).contains("\"txnId\":\"" + notHere + "\",\"account\":\"" + a + "\",\"fileAmount\":\"40.00\"")
			.contains("\"txnId\":\"" + notInStatement + "\"").contains("payments.reconcile.reason.sum")
			.contains("payments.reconcile.reason.badSum").contains("payments.reconcile.reason.txn");

		long id = rec.get("id").asLong();
		assertThat(as("karool.auditor").get("/api/v1/payments/reconciliations/" + id).status()).isEqualTo(200);
		assertThat(as("razzakov.head").get("/api/v1/payments/reconciliations/" + id).status()).isEqualTo(404);
		assertThat(as("karool.cashier").get("/api/v1/payments/reconciliations/" + id).status()).isEqualTo(403);
		assertThat(as("karool.clerk").get("/api/v1/payments/reconciliations").status()).isEqualTo(403);
		assertThat(upload(as("karool.auditor"), "demo-terminal", day, csv.getBytes(StandardCharsets.UTF_8)).status())
			.as("the auditor reads, does not check").isEqualTo(403);
		assertThat(as("karool.head").get("/api/v1/payments/reconciliations").body()).contains("\"id\":" + id);
		assertThat(as("razzakov.head").get("/api/v1/payments/reconciliations").body()).doesNotContain("\"id\":" + id + ",");
	}

	@Test
	void aFileThatIsNotAStatementIsRefusedAndNothingIsKept() {
		long before = jdbc.sql("select count(*) from agent_reconciliation").query(Long.class).single();
		Api accountant = as("karool.accountant");
		byte[] good = "txn_id,account,sum\n1,10000010,5.00\n".getBytes(StandardCharsets.UTF_8);
		assertThat(upload(accountant, "demo-terminal", "2026-11-01", new byte[0]).body()).contains("\"field\":\"file\"");
		assertThat(upload(accountant, "demo-terminal", "2026-11-01", "a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8)).body())
			.contains("\"field\":\"file\"");
		assertThat(upload(accountant, "demo-terminal", "2026-11-01",
				new byte[] { 't', 'x', 'n', '_', 'i', 'd', ',', 'a', 'c', 'c', 'o', 'u', 'n', 't', ',', 's', 'u', 'm', '\n', (byte) 0xC3, (byte) 0x28 })
			.body()).contains("\"field\":\"file\"");
		assertThat(upload(accountant, "no-such-agent", "2026-11-01", good).body()).contains("\"field\":\"agent\"");
		assertThat(upload(accountant, "demo-terminal", "2099-01-01", good).body()).contains("\"field\":\"day\"");
		assertThat(upload(accountant, "demo-terminal", "yesterday", good).body()).contains("\"field\":\"day\"");
		assertThat(jdbc.sql("select count(*) from agent_reconciliation").query(Long.class).single()).isEqualTo(before);
	}
}
