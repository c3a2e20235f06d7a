package kg.tereze.frontdesk.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;


import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ApplicationStore {

	private static final String WHERE = " where a.municipality_id = :m" + """

			   and (cast(:status as text) is null or a.status = cast(:status as text))
			   and (not :inWork or a.status in ('REGISTERED', 'ASSIGNED', 'IN_PROGRESS'))
			   and (cast(:service as bigint) is null or a.service_id = cast(:service as bigint))
			   and (cast(:assignee as bigint) is null or a.assignee_id = cast(:assignee as bigint))
			   and (not :overdue or (a.status in ('REGISTERED', 'ASSIGNED', 'IN_PROGRESS') and a.due_on < :today))
			   and (cast(:role as text) is null or a.service_id in (select s.id from frontdesk_service s
			         where s.municipality_id = :m and s.responsible_role = cast(:role as text)) or a.assignee_id = :me)
			   and (cast(:text as text) is null or a.number ilike cast(:text as text) or a.applicant_name ilike cast(:text as text)
			         or a.applicant_pin = cast(:pin as text))""";

	private final JdbcClient jdbc;

	ApplicationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long municipalityId, String number, long serviceId, Long personId, String name, String pin,
			String phone, String details, Long visitId, Instant at, long by, LocalDate dueOn) {
		return jdbc.sql("""
				insert into frontdesk_application (municipality_id, number, service_id, person_id, applicant_name, applicant_pin,
				  phone, details, status, visit_id, registered_at, registered_by, due_on)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'REGISTERED', ?, ?, ?, ?) returning id""")
			.params(municipalityId, number, serviceId, personId, name, pin, phone, details, visitId, Timestamp.from(at), by,
					dueOn)
			.query(Long.class).single();
	}

	public Optional<Application> byNumber(long municipalityId, String number) {
		return jdbc.sql("select * from frontdesk_application a where municipality_id = ? and number = ?")
			.params(municipalityId, number).query(ApplicationStore::application).optional();
	}

	public Optional<Application> byId(long municipalityId, long id) {
		return jdbc.sql("select * from frontdesk_application a where id = ? and municipality_id = ?").params(id, municipalityId)
			.query(ApplicationStore::application).optional();
	}

	/** {@code role} narrows the list to the services that role answers for and to what is assigned to {@code me}. */
	public List<Application> list(long municipalityId, ApplicationFilter f, String role, long me, LocalDate today) {
		String order = switch (f.sort() == null ? "" : f.sort()) {
			case "number" -> "a.number desc";
			case "new" -> "a.registered_at desc, a.id desc";
			default -> "a.due_on, a.id";
		};
		return bind(jdbc.sql("select a.* from frontdesk_application a" + WHERE + " order by " + order
				+ " limit :limit offset :offset"), municipalityId, f, role, me, today)
			.param("limit", f.size()).param("offset", (long) f.page() * f.size())
			.query(ApplicationStore::application).list();
	}

	public long count(long municipalityId, ApplicationFilter f, String role, long me, LocalDate today) {
		return bind(jdbc.sql("select count(*) from frontdesk_application a" + WHERE), municipalityId, f, role, me, today)
			.query(Long.class).single();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, long m, ApplicationFilter f, String role,
			long me, LocalDate today) {
		String text = f.text() == null || f.text().isBlank() ? null : f.text().strip();
		return spec.param("m", m).param("status", f.status() == null ? null : f.status().name()).param("inWork", f.inWork())
			.param("service", f.serviceId()).param("assignee", f.assigneeId()).param("overdue", f.overdueOnly())
			.param("today", today).param("role", role).param("me", me)
			.param("text", text == null ? null : "%" + text.replace("%", "").replace("_", "") + "%").param("pin", text);
	}

	public void move(long id, ApplicationStatus to, Long assignee, String note, Instant at) {
		jdbc.sql("""
				update frontdesk_application set status = :to, assignee_id = :assignee, note = coalesce(cast(:note as text), note),
				  ready_at = case when :to = 'READY' then :at else ready_at end,
				  closed_at = case when :to in ('HANDED_OVER', 'REJECTED') then :at else closed_at end
				 where id = :id""")
			.param("to", to.name()).param("assignee", assignee).param("note", note).param("at", Timestamp.from(at))
			.param("id", id).update();
	}

	public void recordChange(long applicationId, ApplicationChange c) {
		jdbc.sql("""
				insert into frontdesk_application_change (application_id, at, by_user, from_status, to_status, assignee_id, note, told)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(applicationId, Timestamp.from(c.at()), c.byUser(), c.from() == null ? null : c.from().name(),
					c.to().name(), c.assigneeId(), c.note(), c.told())
			.update();
	}

	public List<ApplicationChange> history(long applicationId) {
		return jdbc.sql("select * from frontdesk_application_change where application_id = ? order by id").param(applicationId)
			.query((rs, i) -> new ApplicationChange(rs.getTimestamp("at").toInstant(), rs.getLong("by_user"),
					rs.getString("from_status") == null ? null : ApplicationStatus.valueOf(rs.getString("from_status")),
					ApplicationStatus.valueOf(rs.getString("to_status")), (Long) rs.getObject("assignee_id"),
					rs.getString("note"), rs.getBoolean("told")))
			.list();
	}

	static Application application(ResultSet rs, int row) throws SQLException {
		return new Application(rs.getLong("id"), rs.getLong("municipality_id"), rs.getString("number"), rs.getLong("service_id"),
				(Long) rs.getObject("person_id"), rs.getString("applicant_name"), rs.getString("applicant_pin"),
				rs.getString("phone"), rs.getString("details"), ApplicationStatus.valueOf(rs.getString("status")),
				(Long) rs.getObject("assignee_id"), (Long) rs.getObject("visit_id"), rs.getTimestamp("registered_at").toInstant(),
				rs.getLong("registered_by"), rs.getObject("due_on", LocalDate.class), VisitStore.instant(rs, "ready_at"),
				VisitStore.instant(rs, "closed_at"), rs.getString("note"));
	}
}
