package kg.tereze.certificates.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kg.tereze.audit.AuditAction;
import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.shared.LocalizedName;
import kg.tereze.shared.ResultPage;
import kg.tereze.shared.Tenant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The journal of issued certificates: filtered, paged, newest first, and exported whole. */
@Service
public class CertificateJournal {

	public static final int EXPORT_LIMIT = 100_000;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	CertificateJournal(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public ResultPage<JournalEntry> page(Tenant t, JournalFilter f, int page, int size) {
		Query q = where(t.requireMunicipality(), f);
		long total = jdbc.sql("select count(*)" + FROM + q.sql).params(q.args).query(Long.class).single();
		List<Object> args = new ArrayList<>(q.args);
		args.add(size);
		args.add((long) page * size);
		List<JournalEntry> items = jdbc.sql(SELECT + q.sql + " order by c.issued_at desc, c.id desc limit ? offset ?")
			.params(args).query(CertificateJournal::row).list();
		return new ResultPage<>(items, total, page, size);
	}

	/** Everything the filter matches, for a spreadsheet; exporting personal data is audited. */
	@Transactional
	public List<JournalEntry> export(Tenant t, JournalFilter f) {
		long m = t.requireMunicipality();
		Query q = where(m, f);
		List<Object> args = new ArrayList<>(q.args);
		args.add(EXPORT_LIMIT);
		List<JournalEntry> rows = jdbc.sql(SELECT + q.sql + " order by c.issued_at desc, c.id desc limit ?")
			.params(args).query(CertificateJournal::row).list();
		audit.record(new AuditRecord(AuditAction.EXPORT, "certificate_journal", "xlsx", m, null, f));
		return rows;
	}

	/** The clerks who issued any certificate here, for the journal's filter. */
	public List<Clerk> clerks(Tenant t) {
		return jdbc.sql("""
				select issued_by, min(issued_by_name) from certificate where municipality_id = ?
				 group by issued_by order by 2""")
			.param(t.requireMunicipality()).query((rs, n) -> new Clerk(rs.getLong(1), rs.getString(2))).list();
	}

	public record Clerk(long id, String name) {
	}

	private static final String FROM = " from certificate c left join certificate_annulment a on a.certificate_id = c.id";

	private static final String SELECT = """
			select c.number, c.issued_at, c.type_code, c.title_ky, c.title_ru, c.title_en, c.person_name, c.village_id,
			       c.issued_by, c.issued_by_name, c.purpose, a.annulled_at, a.reason""" + FROM;

	private record Query(String sql, List<Object> args) {
	}

	private static Query where(long municipalityId, JournalFilter f) {
		StringBuilder sql = new StringBuilder(" where c.municipality_id = ?");
		List<Object> args = new ArrayList<>(List.of(municipalityId));
		if (f.type() != null && !f.type().isBlank()) {
			sql.append(" and c.type_code = ?");
			args.add(f.type().trim().toUpperCase(Locale.ROOT));
		}
		if (f.from() != null) {
			sql.append(" and c.issued_on >= ?");
			args.add(f.from());
		}
		if (f.to() != null) {
			sql.append(" and c.issued_on <= ?");
			args.add(f.to());
		}
		if (f.clerkId() != null) {
			sql.append(" and c.issued_by = ?");
			args.add(f.clerkId());
		}
		if (f.villageId() != null) {
			sql.append(" and c.village_id = ?");
			args.add(f.villageId());
		}
		if ("VALID".equals(f.status())) {
			sql.append(" and a.certificate_id is null");
		}
		else if ("ANNULLED".equals(f.status())) {
			sql.append(" and a.certificate_id is not null");
		}
		if (f.text() != null && !f.text().isBlank()) {
			sql.append(" and (c.number ilike ? or c.person_name ilike ?)");
			String like = "%" + f.text().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
			args.add(like);
			args.add(like);
		}
		return new Query(sql.toString(), args);
	}

	private static JournalEntry row(ResultSet rs, int n) throws SQLException {
		OffsetDateTime annulled = rs.getObject("annulled_at", OffsetDateTime.class);
		return new JournalEntry(rs.getString("number"), rs.getObject("issued_at", OffsetDateTime.class).toInstant(),
				rs.getString("type_code"),
				new LocalizedName(rs.getString("title_ky"), rs.getString("title_ru"), rs.getString("title_en")),
				rs.getString("person_name"), rs.getLong("village_id"), rs.getLong("issued_by"),
				rs.getString("issued_by_name"), rs.getString("purpose"), annulled == null ? null : annulled.toInstant(),
				rs.getString("reason"));
	}

}
