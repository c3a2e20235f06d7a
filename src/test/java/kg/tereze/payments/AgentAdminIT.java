package kg.tereze.payments;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kg.tereze.support.Api;
import kg.tereze.support.RunningApplication;
import kg.tereze.support.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The system administrator adds agents, limits them and replaces their passwords; nobody else sees them. */
@RunningApplication
class AgentAdminIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final HttpClient client = HttpClient.newHttpClient();

	Api sysadmin() {
		return new Api(port, Api.demoToken("sysadmin"));
	}

	String karoolAccount() {
		return jdbc.sql("""
				select a.number from payer_account a join municipality m on m.id = a.municipality_id
				 where m.code = 'KAR' order by a.id limit 1""").query(String.class).single();
	}

	/** The OSMP answer's status and result code. */
	String check(String login, String password, String account, String sum) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/agents/osmp?command=check&txn_id=1&account=" + account + "&sum=" + sum))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.build();
		try {
			HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
			Matcher m = Pattern.compile("<result>(\\d+)</result>").matcher(r.body());
			return r.statusCode() + "/" + (m.find() ? m.group(1) : "?");
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	long agents() {
		return jdbc.sql("select count(*) from payment_agent").query(Long.class).single();
	}

	@Test
	void anAgentIsAddedLimitedAndGivenANewPassword() {
		String code = "wallet-" + System.nanoTime() % 1_000_000;
		Api.Reply created = sysadmin().post("/api/v1/agents", """
				{"code": "%s", "name": "Wallet", "municipalities": ["KAR"], "ipAllow": ["127.0.0.1", "::1"], "minSum": "5"}"""
			.formatted(code));
		assertThat(created.status()).isEqualTo(201);
		String password = created.json().get("password").asString();
		assertThat(password).hasSize(24);
		assertThat(created.json().get("agent").get("municipalities").get(0).asString()).isEqualTo("KAR");
		assertThat(jdbc.sql("select password_hash from payment_agent where code = ?").param(code).query(String.class).single())
			.doesNotContain(password);

		String account = karoolAccount();
		assertThat(check(code, password, account, "10.00")).isEqualTo("200/0");
		assertThat(check(code, password, account, "4.99")).isEqualTo("200/241");
		assertThat(check(code, "wrong", account, "10.00")).startsWith("401/");

		assertThat(sysadmin().put("/api/v1/agents/" + code, "{\"ipAllow\": [\"203.0.113.0/24\"]}").status()).isEqualTo(200);
		assertThat(check(code, password, account, "10.00")).startsWith("403/");
		assertThat(sysadmin().put("/api/v1/agents/" + code, "{\"ipAllow\": []}").status()).isEqualTo(200);
		assertThat(check(code, password, account, "10.00")).isEqualTo("200/0");

		Api.Reply replaced = sysadmin().post("/api/v1/agents/" + code + "/password", "");
		assertThat(replaced.status()).isEqualTo(200);
		String second = replaced.json().get("password").asString();
		assertThat(check(code, password, account, "10.00")).startsWith("401/");
		assertThat(check(code, second, account, "10.00")).isEqualTo("200/0");

		assertThat(sysadmin().put("/api/v1/agents/" + code, "{\"active\": false}").json().get("active").asBoolean()).isFalse();
		assertThat(check(code, second, account, "10.00")).startsWith("401/");

		Api.Reply list = sysadmin().get("/api/v1/agents");
		assertThat(list.body()).contains(code, "demo-terminal");
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'payment_agent' and entity_id = ?")
			.param(code).query(Long.class).single()).isEqualTo(5);
	}

	@Test
	void badSettingsAreRefusedAndChangeNothing() {
		long before = agents();
		Map<String, String> bad = new LinkedHashMap<>();
		bad.put("{\"code\": \"Bad Code\", \"name\": \"x\"}", "code");
		bad.put("{\"code\": \"demo-terminal\", \"name\": \"x\"}", "code");
		bad.put("{\"code\": \"new-one\", \"name\": \"\"}", "name");
		bad.put("{\"code\": \"new-one\", \"name\": \"x\", \"ipAllow\": [\"example.com\"]}", "ipAllow");
		bad.put("{\"code\": \"new-one\", \"name\": \"x\", \"ipAllow\": [\"10.0.0.0/33\"]}", "ipAllow");
		bad.put("{\"code\": \"new-one\", \"name\": \"x\", \"minSum\": \"50\", \"maxSum\": \"10\"}", "maxSum");
		bad.put("{\"code\": \"new-one\", \"name\": \"x\", \"minSum\": \"0\"}", "minSum");
		bad.put("{\"code\": \"new-one\", \"name\": \"x\", \"minSum\": \"1.234\"}", "minSum");
		bad.put("{\"code\": \"new-one\", \"name\": \"x\", \"municipalities\": [\"NOPE\"]}", "municipalities");
		for (var e : bad.entrySet()) {
			Api.Reply reply = sysadmin().post("/api/v1/agents", e.getKey());
			assertThat(reply.status()).as(e.getKey()).isEqualTo(400);
			assertThat(reply.body()).as(e.getKey()).contains(e.getValue());
		}
		assertThat(sysadmin().post("/api/v1/agents", "{\"code\": ").status()).isEqualTo(400);
		assertThat(sysadmin().put("/api/v1/agents/demo-terminal", "{\"maxSum\": \"abc\"}").status()).isEqualTo(400);
		assertThat(sysadmin().put("/api/v1/agents/no-such-agent", "{\"name\": \"x\"}").status()).isEqualTo(404);
		assertThat(agents()).isEqualTo(before);
		assertThat(jdbc.sql("select max_sum from payment_agent where code = 'demo-terminal'").query(Long.class).single())
			.isEqualTo(10_000_000L);
	}

	@Test
	void onlyTheSystemAdministratorSeesAgents() {
		for (String user : new String[] { "karool.admin", "karool.accountant", "karool.head" }) {
			Api api = new Api(port, Api.demoToken(user));
			assertThat(api.get("/api/v1/agents").status()).as(user).isEqualTo(403);
			assertThat(api.post("/api/v1/agents", "{\"code\": \"sneaky\", \"name\": \"x\"}").status()).as(user).isEqualTo(403);
			assertThat(api.post("/api/v1/agents/demo-terminal/password", "").status()).as(user).isEqualTo(403);
		}
		WebSession admin = WebSession.signedIn(port, "karool.admin", "demo");
		assertThat(admin.get("/sysadmin/agents").statusCode()).isEqualTo(403);
		assertThat(admin.post("/sysadmin/agents/demo-terminal/password", Map.of()).statusCode()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from payment_agent where code = 'sneaky'").query(Long.class).single()).isZero();
	}

	@Test
	void theFormKeepsWhatWasTypedAndShowsThePasswordOnce() {
		WebSession web = WebSession.signedIn(port, "sysadmin", "demo");
		assertThat(web.get("/sysadmin/agents").body()).contains("demo-terminal");
		assertThat(web.get("/sysadmin/agents/new").statusCode()).isEqualTo(200);
		String code = "bank-" + System.nanoTime() % 1_000_000;
		Map<String, String> form = new LinkedHashMap<>();
		form.put("code", code);
		form.put("name", "Айыл Банк");
		form.put("ipAllow", "10.1.2.3\nnot-an-address");
		form.put("minSum", "1");
		form.put("maxSum", "50000");
		form.put("active", "on");
		var refused = web.post("/sysadmin/agents/new", form);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Айыл Банк", "not-an-address", "id=\"agent-error\"");
		form.put("ipAllow", "10.1.2.3");
		var made = web.post("/sysadmin/agents/new", form);
		assertThat(made.statusCode()).isEqualTo(200);
		Matcher secret = Pattern.compile("id=\"agent-secret\">([A-Za-z0-9]{24})<").matcher(made.body());
		assertThat(secret.find()).isTrue();
		assertThat(web.get("/sysadmin/agents/" + code).body()).doesNotContain(secret.group(1));
		var again = web.post("/sysadmin/agents/" + code + "/password", Map.of());
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("agent-secret").doesNotContain(secret.group(1));
		assertThat(web.get("/sysadmin/agents/nobody-here").statusCode()).isEqualTo(404);
	}
}
