package kg.tereze.appeals.internal;

import kg.tereze.appeals.ReportStatus;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kg.tereze.shared.ResultPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Problem reports, their photos and their history. */
@Repository
public class ProblemReportStore {

	private static final String SELECT = """
			select r.*, coalesce((select array_agg(p.media_code order by p.media_code) from appeals_report_photo p
			                       where p.report_id = r.id), '{}') as photos
			  from appeals_report r""";

	private final JdbcClient jdbc;

	ProblemReportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long municipalityId, String number, long categoryId, NewReport r, Instant at, Instant due) {
		long id = jdbc.sql("""
				insert into appeals_report (municipality_id, number, category_id, description, latitude, longitude, village_id,
				    address, status, source, thread_id, reporter_name, reporter_phone, reporter_email,
				    created_at, due_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'NEW', ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(municipalityId, number, categoryId, r.description(), r.latitude(), r.longitude(), r.villageId(),
					r.address(), r.source().name(), r.threadId(), r.reporterName(), r.reporterPhone(), r.reporterEmail(),
					utc(at), utc(due), utc(at))
			.query(Long.class).single();
		for (String code : r.photos()) {
			jdbc.sql("insert into appeals_report_photo (report_id, media_code) values (?, ?) on conflict do nothing")
				.params(id, code).update();
		}
		return id;
	}

	public Optional<ProblemReport> byNumber(long municipalityId, String number) {
		return jdbc.sql(SELECT + " where r.municipality_id = ? and r.number = ?").params(municipalityId, number)
			.query(ProblemReportStore::report).optional();
	}

	public Optional<ProblemReport> byId(long municipalityId, long id) {
		return jdbc.sql(SELECT + " where r.id = ? and r.municipality_id = ?").params(id, municipalityId)
			.query(ProblemReportStore::report).optional();
	}

	/** Locks the report for a change of status, so that two clerks' changes follow one another. */
	public Optional<ProblemReport> lock(long municipalityId, String number) {
		return jdbc.sql(SELECT + " where r.municipality_id = ? and r.number = ? for update of r").params(municipalityId, number)
			.query(ProblemReportStore::report).optional();
	}

	public void move(long municipalityId, long id, ReportStatus to, Long assignedUserId, Instant resolvedAt, Instant dueAt, String publicNote,
			Long duplicateOf, Instant at) {
		jdbc.sql("""
				update appeals_report set status = ?, assigned_user_id = ?, resolved_at = ?, due_at = ?,
				       public_note = coalesce(?, public_note), duplicate_of = coalesce(?, duplicate_of), updated_at = ?
				 where id = ? and municipality_id = ?""")
			.params(to.name(), assignedUserId, utc(resolvedAt), utc(dueAt), publicNote, duplicateOf, utc(at), id, municipalityId)
			.update();
	}

	public void recordChange(long reportId, ReportChange c) {
		jdbc.sql("""
				insert into appeals_report_change (report_id, at, user_id, from_status, to_status, assigned_user_id, note)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(reportId, utc(c.at()), c.userId(), c.from() == null ? null : c.from().name(), c.to().name(),
					c.assignedUserId(), c.note())
			.update();
	}

	public List<ReportChange> history(long reportId) {
		return jdbc.sql("select * from appeals_report_change where report_id = ? order by at, id").param(reportId)
			.query((rs, n) -> new ReportChange(rs.getTimestamp("at").toInstant(), (Long) rs.getObject("user_id"),
					rs.getString("from_status") == null ? null : ReportStatus.valueOf(rs.getString("from_status")),
					ReportStatus.valueOf(rs.getString("to_status")), (Long) rs.getObject("assigned_user_id"),
					rs.getString("note")))
			.list();
	}

	/** {@code scope}, when given, limits the list to those categories (a role that works on some only). */
	public ResultPage<ProblemReport> list(long municipalityId, ReportFilter f, Long[] scope, Instant now) {
		StringBuilder where = new StringBuilder(" where r.municipality_id = :m");
		if (scope != null) {
			where.append(" and r.category_id = any(:scope)");
		}
		if (f.status() != null) {
			where.append(" and r.status = :status");
		}
		else if (f.openOnly()) {
			where.append(" and r.status in ('NEW', 'ASSIGNED', 'IN_PROGRESS')");
		}
		if (f.categoryId() != null) {
			where.append(" and r.category_id = :category");
		}
		if (f.villageId() != null) {
			where.append(" and r.village_id = :village");
		}
		if (f.overdueOnly()) {
			where.append(" and r.status in ('NEW', 'ASSIGNED', 'IN_PROGRESS') and r.due_at < :now");
		}
		String order = switch (f.sort() == null ? "" : f.sort()) {
			case "due" -> " order by r.due_at, r.id";
			case "number" -> " order by r.number";
			default -> " order by r.created_at desc, r.id desc";
		};
		var count = jdbc.sql("select count(*) from appeals_report r" + where);
		var rows = jdbc.sql(SELECT + where + order + " limit :limit offset :offset");
		for (var sql : List.of(count, rows)) {
			sql.param("m", municipalityId).param("now", utc(now));
			if (scope != null) {
				sql.param("scope", scope);
			}
			if (f.status() != null) {
				sql.param("status", f.status().name());
			}
			if (f.categoryId() != null) {
				sql.param("category", f.categoryId());
			}
			if (f.villageId() != null) {
				sql.param("village", f.villageId());
			}
		}
		long total = count.query(Long.class).single();
		List<ProblemReport> items = rows.param("limit", f.size()).param("offset", (long) f.page() * f.size())
			.query(ProblemReportStore::report).list();
		return new ResultPage<>(items, total, f.page(), f.size());
	}

	/**
	 * Open reports of the same category that may be the same problem: within {@code metres} of the
	 * point, or at the same village and address, filed in the last 30 days.
	 */
	public List<ProblemReport> near(ProblemReport r, double metres) {
		return jdbc.sql(SELECT + " " + """
				 where r.municipality_id = :m and r.category_id = :c and r.id <> :id
				   and r.status in ('NEW', 'ASSIGNED', 'IN_PROGRESS') and r.created_at > :since
				   and ((:lat::float8 is not null and r.latitude is not null
				         and 6371000 * 2 * asin(sqrt(power(sin(radians(r.latitude - :lat::float8) / 2), 2)
				             + cos(radians(:lat::float8)) * cos(radians(r.latitude))
				               * power(sin(radians(r.longitude - :lon::float8) / 2), 2))) <= :metres)
				     or (:village::bigint is not null and r.village_id = :village::bigint
				         and lower(coalesce(r.address, '')) = lower(coalesce(cast(:address as text), '-'))))
				 order by r.created_at desc limit 5""")
			.param("m", r.municipalityId()).param("c", r.categoryId()).param("id", r.id())
			.param("since", utc(r.createdAt().minusSeconds(30L * 86400))).param("lat", r.latitude())
			.param("lon", r.longitude()).param("metres", metres).param("village", r.villageId())
			.param("address", r.address())
			.query(ProblemReportStore::report).list();
	}

	public long count(long municipalityId) {
		return jdbc.sql("select count(*) from appeals_report where municipality_id = ?").param(municipalityId)
			.query(Long.class).single();
	}

	/** Open reports by category, and the median hours from filing to resolution since a day. */
	public PublicFigures figures(long municipalityId, Instant since) {
		Map<Long, Long> open = new LinkedHashMap<>();
		jdbc.sql("""
				select category_id, count(*) as n from appeals_report
				 where municipality_id = ? and status in ('NEW', 'ASSIGNED', 'IN_PROGRESS') group by category_id order by n desc""")
			.param(municipalityId).query((rs, n) -> open.put(rs.getLong("category_id"), rs.getLong("n"))).list();
		return jdbc.sql("""
				select percentile_cont(0.5) within group (order by extract(epoch from resolved_at - created_at) / 3600) as median,
				       count(*) as n
				  from appeals_report
				 where municipality_id = ? and status in ('RESOLVED', 'CLOSED') and resolved_at >= ? and duplicate_of is null""")
			.params(municipalityId, utc(since))
			.query((rs, n) -> new PublicFigures(open, (Double) rs.getObject("median"), rs.getLong("n"))).single();
	}

	/** Open311's list: by numbers, category, a span of filing dates and open or closed; newest first. */
	public List<ProblemReport> search(long municipalityId, List<String> numbers, Long categoryId, Instant from, Instant to,
			Boolean open, int limit) {
		StringBuilder where = new StringBuilder(" where r.municipality_id = :m and r.created_at >= :from and r.created_at < :to");
		if (!numbers.isEmpty()) {
			where.append(" and r.number in (:numbers)");
		}
		if (categoryId != null) {
			where.append(" and r.category_id = :category");
		}
		if (open != null) {
			where.append(open ? " and r.status in ('NEW', 'ASSIGNED', 'IN_PROGRESS')" : " and r.status in ('RESOLVED', 'REJECTED', 'CLOSED')");
		}
		var sql = jdbc.sql(SELECT + where + " order by r.created_at desc, r.id desc limit :limit").param("m", municipalityId)
			.param("from", utc(from)).param("to", utc(to)).param("limit", limit);
		if (!numbers.isEmpty()) {
			sql.param("numbers", numbers);
		}
		if (categoryId != null) {
			sql.param("category", categoryId);
		}
		return sql.query(ProblemReportStore::report).list();
	}

	/** Every change made in a span, for mySociety's servicerequestupdates. */
	public List<ReportUpdate> updates(long municipalityId, Instant from, Instant to, int limit) {
		return jdbc.sql("""
				select c.id, r.number, c.to_status, c.at, c.note from appeals_report_change c
				  join appeals_report r on r.id = c.report_id
				 where r.municipality_id = ? and c.at >= ? and c.at < ? order by c.at, c.id limit ?""")
			.params(municipalityId, utc(from), utc(to), limit)
			.query((rs, n) -> new ReportUpdate(rs.getLong("id"), rs.getString("number"), ReportStatus.valueOf(rs.getString("to_status")),
					rs.getTimestamp("at").toInstant(), rs.getString("note")))
			.list();
	}

	/** Reports of a thread, newest first. */
	public List<ProblemReport> ofThread(long threadId) {
		return jdbc.sql(SELECT + " where r.thread_id = ? order by r.created_at desc").param(threadId).query(ProblemReportStore::report).list();
	}

	static OffsetDateTime utc(Instant at) {
		return at == null ? null : at.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static ProblemReport report(ResultSet rs, int n) throws SQLException {
		Array photos = rs.getArray("photos");
		List<String> codes = photos == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) photos.getArray()));
		return new ProblemReport(rs.getLong("id"), rs.getLong("municipality_id"), rs.getString("number"),
				rs.getLong("category_id"), rs.getString("description"), (Double) rs.getObject("latitude"),
				(Double) rs.getObject("longitude"), (Long) rs.getObject("village_id"), rs.getString("address"),
				ReportStatus.valueOf(rs.getString("status")), Source.valueOf(rs.getString("source")),
				(Long) rs.getObject("thread_id"), rs.getString("reporter_name"), rs.getString("reporter_phone"),
				rs.getString("reporter_email"), (Long) rs.getObject("assigned_user_id"), rs.getString("public_note"),
				(Long) rs.getObject("duplicate_of"), instant(rs, "created_at"), instant(rs, "due_at"),
				instant(rs, "resolved_at"), instant(rs, "updated_at"), codes);
	}
}
