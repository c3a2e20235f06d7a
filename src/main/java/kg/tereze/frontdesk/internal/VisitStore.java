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
public class VisitStore {

	private final JdbcClient jdbc;

	VisitStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public int nextTicket(long municipalityId, LocalDate day, String letter) {
		return jdbc.sql("""
				insert into frontdesk_ticket_counter (municipality_id, day, letter, last_number) values (?, ?, ?, 1)
				on conflict (municipality_id, day, letter) do update set last_number = frontdesk_ticket_counter.last_number + 1
				returning last_number""")
			.params(municipalityId, day, letter).query(Integer.class).single();
	}

	public Visit insert(long municipalityId, LocalDate day, String ticket, long serviceId, String name, Instant at) {
		return jdbc.sql("""
				insert into frontdesk_visit (municipality_id, day, ticket, service_id, visitor_name, arrived_at, status)
				values (?, ?, ?, ?, ?, ?, 'WAITING') returning *""")
			.params(municipalityId, day, ticket, serviceId, name, Timestamp.from(at)).query(VisitStore::visit).single();
	}

	public boolean any(long municipalityId) {
		return jdbc.sql("select exists (select 1 from frontdesk_visit where municipality_id = ?)").param(municipalityId)
			.query(Boolean.class).single();
	}

	public Optional<Visit> find(long municipalityId, long id) {
		return jdbc.sql("select * from frontdesk_visit where municipality_id = ? and id = ?").params(municipalityId, id)
			.query(VisitStore::visit).optional();
	}

	public List<Visit> ofDay(long municipalityId, LocalDate day) {
		return jdbc.sql("select * from frontdesk_visit where municipality_id = ? and day = ? order by arrived_at, id")
			.params(municipalityId, day).query(VisitStore::visit).list();
	}

	public Optional<Visit> servedBy(long municipalityId, long clerkId) {
		return jdbc.sql("select * from frontdesk_visit where municipality_id = ? and clerk_id = ? and status = 'SERVING'")
			.params(municipalityId, clerkId).query(VisitStore::visit).optional();
	}

	/** The longest-waiting visitor, skipping one another clerk is calling at this very moment. */
	public Optional<Visit> callOldest(long municipalityId, String ticketPattern, long clerkId, Instant at) {
		return jdbc.sql("""
				update frontdesk_visit set status = 'SERVING', clerk_id = :clerk, called_at = :at
				 where id = (select id from frontdesk_visit
				              where municipality_id = :m and status = 'WAITING'
				                and (cast(:pattern as text) is null or ticket like cast(:pattern as text))
				              order by arrived_at, id limit 1 for update skip locked)
				returning *""")
			.param("clerk", clerkId).param("at", Timestamp.from(at)).param("m", municipalityId).param("pattern", ticketPattern)
			.query(VisitStore::visit).optional();
	}

	public Optional<Visit> call(long municipalityId, long id, long clerkId, Instant at) {
		return jdbc.sql("""
				update frontdesk_visit set status = 'SERVING', clerk_id = ?, called_at = ?
				 where municipality_id = ? and id = ? and status = 'WAITING' returning *""")
			.params(clerkId, Timestamp.from(at), municipalityId, id).query(VisitStore::visit).optional();
	}

	public void serve(long municipalityId, long id, Instant at, String outcome) {
		jdbc.sql("""
				update frontdesk_visit set status = 'SERVED', served_at = ?, outcome = ?
				 where municipality_id = ? and id = ? and status = 'SERVING'""")
			.params(Timestamp.from(at), outcome, municipalityId, id).update();
	}

	public Optional<Visit> serveCurrent(long municipalityId, long clerkId, Instant at, String outcome) {
		return jdbc.sql("""
				update frontdesk_visit set status = 'SERVED', served_at = greatest(?, arrived_at), outcome = ?
				 where municipality_id = ? and clerk_id = ? and status = 'SERVING' returning *""")
			.params(Timestamp.from(at), outcome, municipalityId, clerkId).query(VisitStore::visit).optional();
	}

	public void end(long municipalityId, long id, long clerkId, Instant at, String outcome) {
		jdbc.sql("""
				update frontdesk_visit set status = 'SERVED', served_at = greatest(:at, arrived_at), outcome = :outcome,
				  called_at = coalesce(called_at, :at), clerk_id = coalesce(clerk_id, :clerk)
				 where municipality_id = :m and id = :id and status in ('WAITING', 'SERVING')""")
			.param("at", Timestamp.from(at)).param("outcome", outcome).param("clerk", clerkId).param("m", municipalityId)
			.param("id", id).update();
	}

	public void leave(long municipalityId, long id) {
		jdbc.sql("update frontdesk_visit set status = 'LEFT' where municipality_id = ? and id = ? and status in ('WAITING', 'SERVING')")
			.params(municipalityId, id).update();
	}

	static Visit visit(ResultSet rs, int row) throws SQLException {
		long clerk = rs.getLong("clerk_id");
		Long clerkId = rs.wasNull() ? null : clerk;
		return new Visit(rs.getLong("id"), rs.getLong("municipality_id"), rs.getObject("day", LocalDate.class),
				rs.getString("ticket"), rs.getLong("service_id"), rs.getString("visitor_name"), instant(rs, "arrived_at"),
				instant(rs, "called_at"), instant(rs, "served_at"), clerkId, VisitStatus.valueOf(rs.getString("status")),
				rs.getString("outcome"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp ts = rs.getTimestamp(column);
		return ts == null ? null : ts.toInstant();
	}
}
