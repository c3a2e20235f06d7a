import java.lang.reflect.Constructor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import kg.tereze.certificates.CertificateTemplate;
import kg.tereze.certificates.IssuedCertificate;
import kg.tereze.certificates.internal.BodyRenderer;
import kg.tereze.certificates.internal.CertificatePdf;
import kg.tereze.certificates.internal.FactSheet;
import kg.tereze.shared.LocalizedName;
import kg.tereze.shared.PdfRenderer;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** See certificates-issue.sh. Prints p50/p95/p99 of one certificate, certificates per second, and the ratio to bare rendering. */
public class CertificateBench {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final HttpClient HTTP = HttpClient.newHttpClient();

	static String base;

	public static void main(String[] args) throws Exception {
		base = args[0];
		int n = Integer.parseInt(args[1]);
		int seconds = Integer.parseInt(args[2]);
		int clerks = Integer.parseInt(args[3]);
		List<String> pins = new ArrayList<>();
		for (JsonNode hit : get("/api/v1/registry/search/page?q=" + java.net.URLEncoder.encode("ов", "UTF-8") + "&size=200").get("hits")) {
			pins.add(hit.get("pin").asString());
		}
		System.out.printf("residents to issue for: %d%n", pins.size());
		for (int i = 0; i < 100; i++) {
			issueWithPdf(pins.get(i % pins.size()));
		}
		long[] ms = new long[n];
		for (int i = 0; i < n; i++) {
			long t0 = System.nanoTime();
			issueWithPdf(pins.get(i % pins.size()));
			ms[i] = System.nanoTime() - t0;
		}
		java.util.Arrays.sort(ms);
		double p50 = ms[n / 2] / 1e6, p95 = ms[(int) (n * 0.95)] / 1e6, p99 = ms[(int) (n * 0.99)] / 1e6;

		AtomicInteger done = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clerks);
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		for (int c = 0; c < clerks; c++) {
			int offset = c;
			pool.submit(() -> {
				int i = offset;
				while (System.nanoTime() < end) {
					issueWithPdf(pins.get(i++ % pins.size()));
					done.incrementAndGet();
				}
				return null;
			});
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 60, TimeUnit.SECONDS);
		double perSecond = done.get() / (double) seconds;

		double bare = bareRendering(pins.get(0));
		System.out.printf("one certificate (POST + GET of the PDF), %d sequential: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", n, p50, p95, p99);
		System.out.printf("%d clerks at once for %d s: %d certificates, %.1f per second%n", clerks, seconds, done.get(), perSecond);
		System.out.printf("baseline, openhtmltopdf alone rendering the same page: %.1f ms a page (%.1f pages per second on one thread)%n", bare, 1000 / bare);
		System.out.printf("ratio p50 / bare rendering: %.2f×%n", p50 / bare);
	}

	static void issueWithPdf(String pin) throws Exception {
		JsonNode c = post("/api/v1/certificates", "{\"type\": \"FAMILY_COMPOSITION\", \"personPin\": \"" + pin + "\", \"purpose\": \"бенчмарк\"}");
		HttpResponse<byte[]> pdf = HTTP.send(request(c.get("pdfUrl").asString()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		if (pdf.statusCode() != 200 || pdf.body().length < 1000) {
			throw new IllegalStateException("PDF " + pdf.statusCode());
		}
	}

	/** The same page, filled from the data the server stored with a certificate, rendered in this JVM. */
	static double bareRendering(String pin) throws Exception {
		JsonNode c = post("/api/v1/certificates", "{\"type\": \"FAMILY_COMPOSITION\", \"personPin\": \"" + pin + "\", \"purpose\": \"бенчмарк\"}");
		JsonNode from = get("/api/v1/certificates/" + c.get("number").asString() + "/issued-from");
		JsonNode type = null;
		for (JsonNode t : get("/api/v1/certificate-types")) {
			if (t.get("code").asString().equals("FAMILY_COMPOSITION")) {
				type = t;
			}
		}
		String ky = BodyRenderer.render(CertificateTemplate.parse("ky", type.get("bodyKy").asString()), JSON.treeToValue(from.get("ky"), FactSheet.class));
		String ru = BodyRenderer.render(CertificateTemplate.parse("ru", type.get("bodyRu").asString()), JSON.treeToValue(from.get("ru"), FactSheet.class));
		IssuedCertificate cert = new IssuedCertificate(1, 1, c.get("number").asString(), "FAMILY_COMPOSITION",
				new LocalizedName("Үй-бүлө курамы жөнүндө маалымкат", "Справка о составе семьи", "Family"), 1, pin,
				c.get("personName").asString(), 1, 1, "бенчмарк", LocalDate.now(), Instant.now(), 1, "bench",
				c.get("signatory").asString(), "Айыл өкмөтүнүн башчысы", "Глава айыл окмоту", "Кароол айыл өкмөтү",
				"Кароолский айыл окмоту", ky, ru, signedContent(c),
				new byte[64], c.get("keyId").asString(), c.get("verificationCode").asString(), null);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/certificates");
		messages.setDefaultEncoding("UTF-8");
		Constructor<CertificatePdf> ctor = CertificatePdf.class.getDeclaredConstructor(PdfRenderer.class, MessageSource.class, String.class);
		ctor.setAccessible(true);
		CertificatePdf pdf = ctor.newInstance(new PdfRenderer(), messages, base);
		for (int i = 0; i < 100; i++) {
			pdf.render(cert);
		}
		int runs = 300;
		long t0 = System.nanoTime();
		for (int i = 0; i < runs; i++) {
			pdf.render(cert);
		}
		return (System.nanoTime() - t0) / 1e6 / runs;
	}

	static String signedContent(JsonNode c) {
		String qr = c.get("qrContent").asString();
		String part = qr.substring(qr.indexOf('#') + 1, qr.lastIndexOf('.'));
		return new String(java.util.Base64.getUrlDecoder().decode(part), java.nio.charset.StandardCharsets.UTF_8);
	}

	static HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer demo-karool-clerk");
	}

	static JsonNode get(String path) throws Exception {
		return JSON.readTree(HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
	}

	static JsonNode post(String path, String body) throws Exception {
		HttpResponse<String> r = HTTP.send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() != 201) {
			throw new IllegalStateException(r.statusCode() + " " + r.body());
		}
		return JSON.readTree(r.body());
	}
}
