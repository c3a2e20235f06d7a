package kg.tereze.documents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code documents_assignment}, {@code documents_event} and the control columns of a document. */
@Repository
public class ControlStore {

	private static final String SELECT = """
			select a.*, d.number as document_number, d.summary as document_summary from documents_assignment a
			  join documents_document d on d.id = a.document_id""";

	private final JdbcClient jdbc;

	ControlStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void assign(long municipalityId, long documentId, long executorId, String executorName, boolean responsible,
			String instruction, LocalDate dueOn, Instant at, String by) {
		jdbc.sql("""
				insert into documents_assignment (municipality_id, document_id, executor_id, executor_name, responsible, instruction,
				  due_on, first_due_on, status, created_at, created_by_name)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
			.params(municipalityId, documentId, executorId, executorName, responsible, instruction, dueOn, dueOn, utc(at), by)
			.update();
	}

	/** A part of an assignment handed to a colleague. */
	public long delegate(long municipalityId, Assignment parent, long executorId, String executorName, String instruction,
			LocalDate dueOn, Instant at, String by) {
		return jdbc.sql("""
				insert into documents_assignment (municipality_id, document_id, parent_id, executor_id, executor_name, responsible,
				  instruction, due_on, first_due_on, status, created_at, created_by_name)
				values (?, ?, ?, ?, ?, false, ?, ?, ?, 'OPEN', ?, ?) returning id""")
			.params(municipalityId, parent.documentId(), parent.id(), executorId, executorName, instruction, dueOn, dueOn, utc(at), by)
			.query(Long.class).single();
	}

	public void putOnControl(long municipalityId, long documentId) {
		jdbc.sql("""
				update documents_document set on_control = true, taken_off_at = null, taken_off_by = null
				 where id = ? and municipality_id = ?""")
			.params(documentId, municipalityId).update();
	}

	public void answer(long municipalityId, long documentId, long answerId) {
		jdbc.sql("update documents_document set answer_id = ? where id = ? and municipality_id = ?")
			.params(answerId, documentId, municipalityId).update();
	}

	public void takeOff(long municipalityId, long documentId, Instant at, String by) {
		jdbc.sql("""
				update documents_document set on_control = false, taken_off_at = ?, taken_off_by = ?
				 where id = ? and municipality_id = ?""")
			.params(utc(at), by, documentId, municipalityId).update();
	}

	public List<Assignment> ofDocument(long municipalityId, long documentId) {
		return jdbc.sql(SELECT + " where a.municipality_id = ? and a.document_id = ? order by a.responsible desc, a.id")
			.params(municipalityId, documentId).query(ControlStore::row).list();
	}

	/** The assignment, locked, if it is the executor's own. */
	public Optional<Assignment> lockOwn(long municipalityId, long executorId, long id) {
		return jdbc.sql(SELECT + " where a.id = ? and a.municipality_id = ? and a.executor_id = ? for update of a")
			.params(id, municipalityId, executorId).query(ControlStore::row).optional();
	}

	public void done(long municipalityId, long id, String report, Instant at) {
		jdbc.sql("update documents_assignment set status = 'DONE', report = ?, done_at = ? where id = ? and municipality_id = ?")
			.params(report, utc(at), id, municipalityId).update();
	}

	public void extend(long municipalityId, long documentId, LocalDate dueOn) {
		jdbc.sql("update documents_assignment set due_on = ? where municipality_id = ? and document_id = ? and status = 'OPEN'")
			.params(dueOn, municipalityId, documentId).update();
		jdbc.sql("update documents_document set due_on = ? where id = ? and municipality_id = ?")
			.params(dueOn, documentId, municipalityId).update();
	}

	/** Open assignments of the municipality: one executor's, or all; due before {@code before} when given. */
	public List<Assignment> open(long municipalityId, Long executorId, LocalDate before, int limit) {
		return jdbc.sql(SELECT + " " + """
				 where a.municipality_id = :m and a.status = 'OPEN'
				   and (cast(:e as bigint) is null or a.executor_id = :e)
				   and (cast(:before as date) is null or a.due_on < :before)
				 order by a.due_on, a.id limit :limit""")
			.param("m", municipalityId).param("e", executorId).param("before", before).param("limit", limit)
			.query(ControlStore::row).list();
	}

	public void event(long municipalityId, long documentId, Instant at, String actor, String kind, String details) {
		jdbc.sql("insert into documents_event (municipality_id, document_id, at, actor, kind, details) values (?, ?, ?, ?, ?, ?)")
			.params(municipalityId, documentId, utc(at), actor, kind, details).update();
	}

	public List<DocumentEvent> history(long municipalityId, long documentId) {
		return jdbc.sql("select at, actor, kind, details from documents_event where municipality_id = ? and document_id = ? order by at, id")
			.params(municipalityId, documentId)
			.query((rs, n) -> new DocumentEvent(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
					rs.getString(3), rs.getString(4)))
			.list();
	}

	/** Execution discipline of responsible executors for documents resolved from {@code from} to {@code to} inclusive. */
	public List<Discipline> discipline(long municipalityId, LocalDate from, LocalDate to, LocalDate today, java.time.ZoneId zone) {
		return jdbc.sql("""
				select a.executor_id, max(a.executor_name) as name, count(*) as given,
				       count(*) filter (where a.status = 'DONE' and (a.done_at at time zone :zone)::date <= a.due_on) as on_time,
				       count(*) filter (where a.status = 'DONE' and (a.done_at at time zone :zone)::date > a.due_on) as late,
				       count(*) filter (where a.status = 'OPEN' and a.due_on < :today) as overdue_now,
				       count(*) filter (where a.status = 'OPEN' and a.due_on >= :today) as in_time,
				       percentile_cont(0.5) within group (order by extract(epoch from a.done_at - a.created_at) / 86400)
				         filter (where a.status = 'DONE') as median_days
				  from documents_assignment a
				 where a.municipality_id = :m and a.responsible
				   and (a.created_at at time zone :zone)::date between :from and :to
				 group by a.executor_id
				 order by name""")
			.param("m", municipalityId).param("from", from).param("to", to).param("today", today).param("zone", zone.getId())
			.query((rs, n) -> new Discipline(rs.getLong("executor_id"), rs.getString("name"), rs.getLong("given"),
					rs.getLong("on_time"), rs.getLong("late"), rs.getLong("overdue_now"), rs.getLong("in_time"),
					rs.getObject("median_days", Double.class)))
			.list();
	}

	private static Assignment row(ResultSet rs, int n) throws SQLException {
		OffsetDateTime done = rs.getObject("done_at", OffsetDateTime.class);
		return new Assignment(rs.getLong("id"), rs.getLong("document_id"), rs.getLong("executor_id"),
				rs.getString("executor_name"), rs.getBoolean("responsible"), rs.getString("instruction"),
				rs.getObject("due_on", LocalDate.class), rs.getObject("first_due_on", LocalDate.class),
				"DONE".equals(rs.getString("status")), rs.getString("report"), done == null ? null : done.toInstant(),
				rs.getString("document_number"), rs.getString("document_summary"), rs.getObject("parent_id", Long.class));
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}
}
