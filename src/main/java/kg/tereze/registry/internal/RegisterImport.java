package kg.tereze.registry.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import kg.tereze.audit.AuditRecord;
import kg.tereze.shared.Tenant;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a household book from a spreadsheet: first a dry run that lists every bad row, then the
 * import itself, all or nothing or the valid households only. The same file imported again, or a
 * household whose book number is already in the book, adds nothing.
 */
@Service
public class RegisterImport {

	private final SheetReader reader;

	private final BulkWriter bulk;

	private final RegistryContext ctx;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	RegisterImport(SheetReader reader, BulkWriter bulk, RegistryContext ctx, JdbcClient jdbc, MessageSource messages) {
		this.reader = reader;
		this.bulk = bulk;
		this.ctx = ctx;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	public ImportReport check(Tenant t, String fileName, byte[] bytes, Locale locale) {
		return process(t, fileName, bytes, null, locale, Progress.NONE);
	}

	@Transactional
	public ImportReport run(Tenant t, String fileName, byte[] bytes, ImportMode mode, Locale locale) {
		return process(t, fileName, bytes, mode == null ? ImportMode.ALL_OR_NOTHING : mode, locale, Progress.NONE);
	}

	/** As {@link #run}, telling {@code progress} what it is doing (a background job shows it to the user). */
	@Transactional
	public ImportReport run(Tenant t, String fileName, byte[] bytes, ImportMode mode, Locale locale, Progress progress) {
		return process(t, fileName, bytes, mode == null ? ImportMode.ALL_OR_NOTHING : mode, locale, progress);
	}

	/** Where an import is: reading, checking or writing, and how far. */
	public interface Progress {

		Progress NONE = (phase, done, total) -> {
		};

		void report(String phase, int done, int total);
	}

	private ImportReport process(Tenant t, String fileName, byte[] bytes, ImportMode mode, Locale locale, Progress progress) {
		long m = t.requireMunicipality();
		String name = fileName == null || fileName.isBlank() ? "file" : fileName.strip();
		progress.report("READING", 0, 0);
		List<SheetReader.SheetRow> rows = reader.read(name, bytes);
		progress.report("CHECKING", 0, rows.size());
		String sha = sha256(bytes);
		if (mode != null) {
			// one import at a time per municipality, so that two uploads of one file cannot both pass the checks
			jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(0x7e50, (int) m).query().singleRow();
		}
		boolean seen = jdbc.sql("select exists (select 1 from registry_import where municipality_id = ? and file_sha256 = ?)")
			.params(m, sha).query(Boolean.class).single();
		LocalDate today = ctx.today();
		ImportPlan plan = new ImportPlan(ctx.municipalities.villages(m), messages, locale)
			.check(rows, strings("select book_number from household where municipality_id = ?", m),
					strings("select pin from person where municipality_id = ? and pin is not null", m), today);
		int persons = plan.ready.stream().mapToInt(h -> h.residents().size()).sum();
		progress.report("WRITING", rows.size(), rows.size());
		boolean write = mode != null && !seen && !plan.ready.isEmpty()
				&& (mode == ImportMode.VALID_ROWS || plan.problemCount == 0);
		if (write) {
			write(t, m, plan, today);
			jdbc.sql("""
					insert into registry_import (municipality_id, file_sha256, file_name, households, persons, skipped_rows,
					                             imported_at, imported_by)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(m, sha, name.length() > 200 ? name.substring(0, 200) : name, plan.ready.size(), persons, plan.problemCount,
						ctx.clock.instant().atOffset(ZoneOffset.UTC), t.username())
				.update();
			ctx.audit.record(AuditRecord.created("register_import", sha.substring(0, 12), m,
					Map.of("file", name, "households", plan.ready.size(), "persons", persons, "mode", mode)), t.userId(), t.username());
		}
		return new ImportReport(name, rows.size(), plan.ready.size(), persons, plan.alreadyInBook, plan.invalidHouseholds,
				plan.problemCount, List.copyOf(plan.problems), mode == null, write, seen);
	}

	private void write(Tenant t, long m, ImportPlan plan, LocalDate today) {
		long[] ids = bulk.reserve("household", plan.ready.size());
		var rows = bulk.rowsFor(m, today);
		for (int i = 0; i < ids.length; i++) {
			ImportPlan.Household h = plan.ready.get(i);
			rows.household(ids[i], h.bookNumber(), h.village().id(), h.village().name().ru(), h.street(), h.house(),
					h.apartment(), null, h.registeredOn(), t.username());
			for (ImportPlan.Resident r : h.residents()) {
				LocalDate since = r.person().birthDate().isAfter(h.registeredOn()) ? r.person().birthDate() : h.registeredOn();
				rows.person(ids[i], r.relation().name(), since, r.person());
			}
		}
		bulk.copy(rows);
	}

	private Set<String> strings(String sql, long m) {
		return new HashSet<>(jdbc.sql(sql).param(m).query(String.class).list());
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
