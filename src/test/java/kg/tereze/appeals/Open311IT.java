package kg.tereze.appeals;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import kg.tereze.support.RunningApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Open311 GeoReport v2 as a client sees it, in JSON and XML, and the public form's guards. */
@RunningApplication
class Open311IT {

	static final String KAROOL = "41706255832000";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept-Language", "en").GET());
	}

	HttpResponse<String> post(String path, String form) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept-Language", "en")
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	HttpResponse<String> send(HttpRequest.Builder b) {
		try {
			return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	long reports() {
		return jdbc.sql("select count(*) from appeals_report").query(Long.class).single();
	}

	@Test
	void servicesAreTheCategoriesInJsonAndXml() {
		HttpResponse<String> json = get("/open311/v2/services.json?jurisdiction_id=" + KAROOL);
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.body()).contains("\"service_code\":\"flood\"").contains("\"service_name\":\"Flood, mudflow\"")
			.contains("\"metadata\":false").contains("\"type\":\"realtime\"");
		HttpResponse<String> xml = get("/open311/v2/services.xml?jurisdiction_id=" + KAROOL);
		assertThat(xml.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
		assertThat(xml.body()).contains("<services><service><service_code>flood</service_code>");
		assertThat(get("/open311/v2/services/flood.json?jurisdiction_id=" + KAROOL).body()).contains("\"attributes\":[]");
		assertThat(get("/open311/v2/services/volcano.json?jurisdiction_id=" + KAROOL).statusCode()).isEqualTo(404);
	}

	@Test
	void aRequestIsPostedWithTheKeyAndReadBackByIdTokenAndList() {
		HttpResponse<String> posted = post("/open311/v2/requests.json", "jurisdiction_id=" + KAROOL + "&api_key=demo-open311-key"
				+ "&service_code=road&lat=40.93&long=73.15&description=" + enc("Чуңкур <жолдо> & көпүрөдө")
				+ "&first_name=Asel&phone=" + enc("+996700111222"));
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
		String id = posted.body().replaceAll(".*\"service_request_id\":\"([^\"]+)\".*", "$1");
		String token = posted.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
		assertThat(id).startsWith("KAR-A-");
		HttpResponse<String> one = get("/open311/v2/requests/" + id + ".json?jurisdiction_id=" + KAROOL);
		assertThat(one.body()).contains("\"status\":\"open\"").contains("\"service_code\":\"road\"").contains("\"lat\":40.93")
			.doesNotContain("+996700111222").doesNotContain("Asel");
		assertThat(get("/open311/v2/requests/" + id + ".xml?jurisdiction_id=" + KAROOL).body())
			.contains("<description>Чуңкур &lt;жолдо&gt; &amp; көпүрөдө</description>");
		assertThat(get("/open311/v2/tokens/" + token + ".json?jurisdiction_id=" + KAROOL).body()).contains(id);
		assertThat(get("/open311/v2/requests.json?jurisdiction_id=" + KAROOL + "&service_code=road&status=open").body()).contains(id);
		assertThat(get("/open311/v2/requests.json?jurisdiction_id=" + KAROOL + "&status=closed").body()).doesNotContain(id);
		assertThat(get("/open311/v2/requests.json?jurisdiction_id=" + KAROOL + "&service_request_id=" + id).body()).contains(id);
		assertThat(get("/open311/v2/servicerequestupdates.json?jurisdiction_id=" + KAROOL).body()).contains(id).contains("\"status\":\"OPEN\"");
	}

	@Test
	void badRequestsGetTheSpecsErrorsAndNothingIsFiled() {
		long before = reports();
		String base = "jurisdiction_id=" + KAROOL + "&api_key=demo-open311-key&description=x";
		assertThat(post("/open311/v2/requests.json", base.replace("demo-open311-key", "wrong") + "&service_code=road&address_string=a")
			.statusCode()).isEqualTo(403);
		HttpResponse<String> noCode = post("/open311/v2/requests.json", base + "&address_string=a");
		assertThat(noCode.statusCode()).isEqualTo(400);
		assertThat(noCode.body()).startsWith("[{\"code\":400,\"description\":");
		assertThat(post("/open311/v2/requests.json", base + "&service_code=volcano&address_string=a").statusCode()).isEqualTo(404);
		assertThat(post("/open311/v2/requests.json", base + "&service_code=road").statusCode()).isEqualTo(400);
		assertThat(post("/open311/v2/requests.json", base + "&service_code=road&lat=55.75&long=37.62").body()).contains("lat/long");
		assertThat(post("/open311/v2/requests.json", base + "&service_code=road&lat=north&long=1").statusCode()).isEqualTo(400);
		assertThat(post("/open311/v2/requests.json", "jurisdiction_id=" + KAROOL + "&api_key=demo-open311-key&service_code=road&address_string=a&description="
				+ "x".repeat(4001)).statusCode()).isEqualTo(400);
		HttpResponse<String> xml = post("/open311/v2/requests.xml", base + "&address_string=a");
		assertThat(xml.body()).contains("<errors><error><code>400</code>");
		assertThat(post("/open311/v2/requests.json", base.replace(KAROOL, "41705236610010") + "&service_code=road&address_string=a")
			.statusCode()).isEqualTo(403);
		assertThat(reports()).isEqualTo(before);
		assertThat(get("/open311/v2/services.json").statusCode()).isEqualTo(400);
		assertThat(get("/open311/v2/services.json?jurisdiction_id=99999999999999").statusCode()).isEqualTo(404);
		assertThat(get("/open311/v2/services.csv?jurisdiction_id=" + KAROOL).statusCode()).isEqualTo(404);
		assertThat(get("/open311/v2/requests.json?jurisdiction_id=" + KAROOL + "&start_date=yesterday").statusCode()).isEqualTo(400);
		assertThat(get("/open311/v2/requests.json?jurisdiction_id=" + KAROOL + "&status=maybe").statusCode()).isEqualTo(400);
		assertThat(get("/open311/v2/requests/KAR-A-1999-000001.json?jurisdiction_id=" + KAROOL).statusCode()).isEqualTo(404);
	}

	@Test
	void thePublicPageShowsNoPersonalDataAndTheFormIsGuarded() {
		HttpResponse<String> page = get("/public/" + KAROOL);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("tz-bars").doesNotContain("+996");
		assertThat(get("/public/99999999999999").statusCode()).isEqualTo(404);
		long before = reports();
		// A robot that fills the hidden field is thanked, and nothing is kept (no CSRF token either: refused first).
		assertThat(post("/public/" + KAROOL + "/report", "category=road&description=spam&address=a&website=http://spam").statusCode())
			.isIn(302, 403);
		assertThat(reports()).isEqualTo(before);
	}
}
