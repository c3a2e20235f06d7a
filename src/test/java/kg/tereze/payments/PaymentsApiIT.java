package kg.tereze.payments;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import kg.tereze.support.RunningApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A bank or wallet posts payments as JSON with an Idempotency-Key: taken once, repeats answered alike, bad input refused. */
@RunningApplication
class PaymentsApiIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> pay(String key, String json, String credentials) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/payments"))
			.header("Content-Type", "application/json").header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (key != null) {
			b.header("Idempotency-Key", key);
		}
		if (credentials != null) {
			b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		try {
			return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	HttpResponse<String> pay(String key, String json) {
		return pay(key, json, "demo-terminal:demo");
	}

	String account() {
		return jdbc.sql("select number from payer_account order by id limit 1 offset 11").query(String.class).single();
	}

	long payments(String account) {
		return jdbc.sql("""
				select count(*) from ledger_entry e join payer_account a on a.id = e.account_id
				 where a.number = ? and e.kind = 'PAYMENT'""").param(account).query(Long.class).single();
	}

	static String body(String account, String amount) {
		return "{\"account\": \"%s\", \"amount\": \"%s\", \"paidAt\": \"2026-11-20T10:15:00+06:00\"}".formatted(account, amount);
	}

	@Test
	void aPaymentIsTakenOnceAndARepeatAnswersTheSamePayment() {
		String a = account();
		long before = payments(a);
		String key = UUID.randomUUID().toString();
		HttpResponse<String> first = pay(key, body(a, "250.50"));
		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		assertThat(first.body()).contains("\"amount\":\"250.50\"");
		HttpResponse<String> again = pay(key, body(a, "250.50"));
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(payments(a)).isEqualTo(before + 1);

		HttpResponse<String> other = pay(key, body(a, "999.00"));
		assertThat(other.statusCode()).isEqualTo(409);
		assertThat(other.body()).contains("idempotencyKey");
		assertThat(payments(a)).isEqualTo(before + 1);
	}

	@Test
	void theSamePaymentSentFourTimesAtOnceIsPostedOnce() {
		String a = account();
		long before = payments(a);
		String key = UUID.randomUUID().toString();
		List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			all.add(CompletableFuture.supplyAsync(() -> pay(key, body(a, "10.00"))));
		}
		all.forEach(f -> assertThat(f.join().statusCode()).isIn(200, 201));
		assertThat(payments(a)).isEqualTo(before + 1);
	}

	@Test
	void badInputIsRefusedWithItsFieldAndNothingIsPosted() {
		String a = account();
		long before = payments(a);
		assertThat(pay(null, body(a, "10")).statusCode()).isEqualTo(400);
		assertThat(pay(" ", body(a, "10")).body()).contains("idempotencyKey");
		for (String amount : new String[] { "0", "-5", "1.234", "ten", "" }) {
			HttpResponse<String> r = pay(UUID.randomUUID().toString(), body(a, amount));
			assertThat(r.statusCode()).as(amount).isEqualTo(400);
			assertThat(r.body()).as(amount).contains("\"field\":\"amount\"");
		}
		assertThat(pay(UUID.randomUUID().toString(), body("1234567", "10")).statusCode()).isEqualTo(400);
		String wrongCheckDigit = a.substring(0, 7) + ((a.charAt(7) - '0' + 1) % 10);
		assertThat(pay(UUID.randomUUID().toString(), body(wrongCheckDigit, "10")).statusCode()).isEqualTo(400);
		assertThat(pay(UUID.randomUUID().toString(), body("99999997", "10")).statusCode()).isIn(400, 404);
		assertThat(pay(UUID.randomUUID().toString(), "{\"account\": ").statusCode()).isEqualTo(400);
		assertThat(pay(UUID.randomUUID().toString(), "{\"account\": \"" + a + "\", \"amount\": \"5\", \"paidAt\": \"yesterday\"}")
			.statusCode()).isEqualTo(400);
		assertThat(payments(a)).isEqualTo(before);
	}

	@Test
	void withoutTheAgentsCredentialsNothingIsTaken() {
		String a = account();
		long before = payments(a);
		HttpResponse<String> none = pay(UUID.randomUUID().toString(), body(a, "10"), null);
		assertThat(none.statusCode()).isEqualTo(401);
		assertThat(none.headers().firstValue("WWW-Authenticate")).isPresent();
		assertThat(pay(UUID.randomUUID().toString(), body(a, "10"), "demo-terminal:wrong").statusCode()).isEqualTo(401);
		assertThat(pay(UUID.randomUUID().toString(), body(a, "10"), "karool.cashier:demo").statusCode()).isEqualTo(401);
		assertThat(payments(a)).isEqualTo(before);
	}
}
