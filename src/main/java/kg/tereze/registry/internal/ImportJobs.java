package kg.tereze.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Lease;
import kg.tereze.shared.LeaseLostException;
import kg.tereze.shared.LeasedTable;
import kg.tereze.shared.Leases;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports as background jobs: the registry keeper starts one, may leave the page, and finds its
 * progress and report when they come back. A job is claimed with one atomic UPDATE, so only one node
 * runs it; a job left RUNNING by a crash is run again at start-up, which is safe because an import
 * of the same file adds nothing twice.
 */
@Service
public class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private record Upload(String name, byte[] content) {
	}

	private final JdbcClient jdbc;

	private final RegisterImport imports;

	/** One import at a time per node: imports of a municipality are serialized by a database lock anyway. */
	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "import"));

	private final TransactionTemplate separately;

	private final MessageSource messages;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

	/** Jobs not finished yet, held through {@link Leases} by the node that runs them. */
	static final LeasedTable LEASED = new LeasedTable("registry_import_job", "id", "status in ('QUEUED', 'RUNNING')",
			"created_at", "status = 'RUNNING', updated_at = :now");

	/** A job is held this long without a sign of life; every step of its progress renews it. */
	private static final Duration LEASE = Duration.ofMinutes(2);

	private final Leases leases;

	private final Runnable takeOver;

	ImportJobs(JdbcClient jdbc, RegisterImport imports, PlatformTransactionManager transactions, MessageSource messages,
			Leases leases, Clock clock) {
		this.leases = leases;
		this.takeOver = leases.takeOver(LEASED, UUID.class, Duration.ofSeconds(30), LEASE,
				lease -> executor.execute(() -> execute(lease)));
		this.jdbc = jdbc;
		this.imports = imports;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Keeps an uploaded spreadsheet between its dry run and its import, so that it is not uploaded
	 * twice; uploads older than a day are dropped.
	 */
	public UUID keep(Tenant t, String fileName, byte[] content) {
		UUID id = UUID.randomUUID();
		jdbc.sql("delete from registry_import_upload where uploaded_at < ?").param(now().minusDays(1)).update();
		jdbc.sql("""
				insert into registry_import_upload (id, municipality_id, uploaded_by, file_name, content, uploaded_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, t.requireMunicipality(), t.username(), String.valueOf(fileName), content, now())
			.update();
		return id;
	}

	public UUID start(Tenant t, UUID uploadId, ImportMode mode, Locale locale) {
		long m = t.requireMunicipality();
		boolean own = jdbc.sql("select exists (select 1 from registry_import_upload where id = ? and municipality_id = ? and uploaded_by = ?)")
			.params(uploadId, m, t.username()).query(Boolean.class).single();
		if (!own) {
			throw new NotFoundException("upload");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into registry_import_job (id, municipality_id, user_id, username, upload_id, mode, language, status,
				                                 created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?)""")
			.params(id, m, t.userId(), t.username(), uploadId, (mode == null ? ImportMode.ALL_OR_NOTHING : mode).name(),
					locale.getLanguage(), now(), now())
			.update();
		executor.execute(() -> leases.claim(LEASED, id, LEASE).ifPresent(this::execute));
		return id;
	}

	public ImportJob status(Tenant t, UUID id) {
		return jdbc.sql("""
				select j.id, j.status, j.phase, j.done, j.total, j.report, u.file_name, j.created_at
				  from registry_import_job j left join registry_import_upload u on u.id = j.upload_id
				 where j.id = ? and j.municipality_id = ?""")
			.params(id, t.requireMunicipality())
			.query(this::job)
			.optional()
			.orElseThrow(() -> new NotFoundException("import"));
	}

	void execute(Lease<UUID> lease) {
		record Claimed(long municipalityId, long userId, String username, UUID uploadId, String mode, String language) {
		}
		UUID id = lease.key();
		Claimed job = jdbc.sql("""
				select municipality_id, user_id, username, upload_id, mode, language
				  from registry_import_job where id = ? and lease_holder = ?""")
			.params(id, lease.holder())
			.query((rs, i) -> new Claimed(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, UUID.class),
					rs.getString(5), rs.getString(6)))
			.optional().orElse(null);
		if (job == null) {
			return; // another node has taken the lease over
		}
		Tenant tenant = new Tenant(job.userId(), job.username(), job.municipalityId(), null, Set.of("REGISTRAR"));
		Locale locale = Locale.forLanguageTag(job.language());
		try {
			Upload upload = jdbc.sql("select file_name, content from registry_import_upload where id = ? and municipality_id = ?")
				.params(job.uploadId(), job.municipalityId())
				.query((rs, i) -> new Upload(rs.getString(1), rs.getBytes(2))).single();
			ImportReport report = imports.run(tenant, upload.name(), upload.content(), ImportMode.valueOf(job.mode()), locale,
					// progress commits on its own, so that the page sees it while the import's transaction is open
					(phase, done, total) -> separately.executeWithoutResult(s -> leases.whileHeld(lease, LEASE, () -> jdbc
						.sql("update registry_import_job set phase = ?, done = ?, total = ?, updated_at = ? where id = ?")
						.params(phase, done, total, now(), id).update())));
			leases.finish(lease, () -> {
				finish(id, "DONE", report);
				if (report.imported()) {
					jdbc.sql("delete from registry_import_upload where id = ? and municipality_id = ?")
						.params(job.uploadId(), job.municipalityId()).update();
				}
			});
		}
		catch (LeaseLostException e) {
			log.warn("Import job {} was taken over by another node", id);
		}
		catch (InvalidInputException e) {
			leases.finish(lease, () -> finish(id, "FAILED",
					failure(messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale))));
		}
		catch (RuntimeException e) {
			log.error("Import job {} failed", id, e);
			leases.finish(lease, () -> finish(id, "FAILED", failure(messages.getMessage("registry.import.failed", null, locale))));
		}
	}

	/**
	 * Jobs nobody holds (a stopped node's, once its lease ran out) are taken over now rather than at the
	 * next sweep; safe, because an import is idempotent.
	 */
	public void resume() {
		takeOver.run();
	}

	@PreDestroy
	void stop() throws InterruptedException {
		executor.shutdown();
		executor.awaitTermination(60, TimeUnit.SECONDS);
	}

	private void finish(UUID id, String status, ImportReport report) {
		jdbc.sql("update registry_import_job set status = ?, report = ?, updated_at = ? where id = ?")
			.params(status, json.writeValueAsString(report), now(), id).update();
	}

	private static ImportReport failure(String reason) {
		return new ImportReport("", 0, 0, 0, 0, 0, 1, List.of(new ImportReport.Problem(0, "", reason)), false, false, false);
	}

	private ImportJob job(ResultSet rs, int row) throws SQLException {
		String report = rs.getString("report");
		return new ImportJob(rs.getObject("id", UUID.class), rs.getString("status"), rs.getString("phase"), rs.getInt("done"),
				rs.getInt("total"), report == null ? null : json.readValue(report, ImportReport.class), rs.getString("file_name"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	private OffsetDateTime now() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}
}
