package kg.tereze.registry;

import kg.tereze.registry.internal.ImportJobs;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import kg.tereze.support.RunningApplication;
import kg.tereze.support.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An import runs in the background; its page can be left and found again; nobody else sees it. */
@RunningApplication
class ImportJobsIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ImportJobs jobs;

	@Test
	void theImportGoesOnWithoutThePageAndItsResultStaysThere() {
		long before = jdbc.sql("select count(*) from household").query(Long.class).single();
		UUID upload = upload(RegisterImportIT.book());
		WebSession web = WebSession.signedIn(port, "karool.registrar", "demo");
		web.get("/registry/import");
		var started = web.post("/registry/import/run", Map.of("uploadId", upload.toString(), "mode", "VALID_ROWS"));
		assertThat(started.statusCode()).isEqualTo(302);
		String jobPage = started.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
		await().atMost(java.time.Duration.ofSeconds(30)).until(() -> web.get(jobPage).body().contains("alert-success"));
		assertThat(jdbc.sql("select count(*) from household").query(Long.class).single()).isEqualTo(before + 1);
		assertThat(WebSession.signedIn(port, "razzakov.registrar", "demo").get(jobPage).statusCode()).isEqualTo(404);
	}

	@Test
	void aJobLeftRunningByACrashIsRunAgainAndAddsNothingTwice() {
		UUID upload = upload(RegisterImportIT.book());
		UUID id = UUID.randomUUID();
		long karool = jdbc.sql("select municipality_id from staff_user where username = 'karool.registrar'").query(Long.class).single();
		long user = jdbc.sql("select id from staff_user where username = 'karool.registrar'").query(Long.class).single();
		// as a node would leave it when killed in the middle: RUNNING, long ago, its transaction rolled back
		jdbc.sql("""
				insert into registry_import_job (id, municipality_id, user_id, username, upload_id, mode, language, status, created_at, updated_at)
				values (?, ?, ?, 'karool.registrar', ?, 'VALID_ROWS', 'en', 'RUNNING', now() - interval '1 hour', now() - interval '1 hour')""")
			.params(id, karool, user, upload).update();
		long before = jdbc.sql("select count(*) from household").query(Long.class).single();
		jobs.resume();
		await().atMost(java.time.Duration.ofSeconds(30)).until(() -> "DONE".equals(status(id)));
		assertThat(jdbc.sql("select count(*) from household").query(Long.class).single()).isEqualTo(before + 1);
		jobs.resume();
		assertThat(status(id)).isEqualTo("DONE");
		assertThat(jdbc.sql("select count(*) from household").query(Long.class).single()).isEqualTo(before + 1);
	}

	@Test
	void aQueuedJobShowsItsProgress() {
		UUID id = UUID.randomUUID();
		long karool = jdbc.sql("select municipality_id from staff_user where username = 'karool.registrar'").query(Long.class).single();
		jdbc.sql("""
				insert into registry_import_job (id, municipality_id, user_id, username, upload_id, mode, language, status, phase,
				                                 created_at, updated_at, lease_holder, lease_until)
				values (?, ?, 1, 'karool.registrar', ?, 'VALID_ROWS', 'ru', 'RUNNING', 'CHECKING', now(), now(),
				        'another-node', now() + interval '10 minutes')""")
			.params(id, karool, UUID.randomUUID()).update();
		var page = WebSession.signedIn(port, "karool.registrar", "demo").get("/registry/import/jobs/" + id + "?lang=ru");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<progress").contains("hx-trigger=\"every 1s\"").contains("Проверка каждой строки");
	}

	private String status(UUID id) {
		return jdbc.sql("select status from registry_import_job where id = ?").param(id).query(String.class).single();
	}

	private UUID upload(String csv) {
		UUID id = UUID.randomUUID();
		long karool = jdbc.sql("select municipality_id from staff_user where username = 'karool.registrar'").query(Long.class).single();
		jdbc.sql("insert into registry_import_upload (id, municipality_id, uploaded_by, file_name, content, uploaded_at) values (?, ?, 'karool.registrar', 'book.csv', ?, now())")
			.params(id, karool, csv.getBytes(StandardCharsets.UTF_8)).update();
		return id;
	}
}
