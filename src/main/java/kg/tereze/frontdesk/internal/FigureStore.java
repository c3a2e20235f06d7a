package kg.tereze.frontdesk.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;


import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Time-to-serve figures straight from the visits, with PostgreSQL's own percentiles. */
@Repository
public class FigureStore {

	private static final String SECONDS = "extract(epoch from served_at - arrived_at)";

	private static final String PERCENTILES = "count(*), percentile_cont(0.5) within group (order by " + SECONDS
			+ "), percentile_cont(0.9) within group (order by " + SECONDS + ")";

	private static final String SERVED = " from frontdesk_visit where municipality_id = ? and day between ? and ? and status = 'SERVED'";

	private final JdbcClient jdbc;

	FigureStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ServeFigures.Group total(long m, LocalDate from, LocalDate to) {
		return jdbc.sql("select 0, " + PERCENTILES + SERVED).params(m, from, to).query(FigureStore::group).single();
	}

	public List<ServeFigures.Group> byClerk(long m, LocalDate from, LocalDate to) {
		return jdbc.sql("select clerk_id, " + PERCENTILES + SERVED + " group by clerk_id order by 2 desc, 1")
			.params(m, from, to).query(FigureStore::group).list();
	}

	public List<ServeFigures.Group> byService(long m, LocalDate from, LocalDate to) {
		return jdbc.sql("select service_id, " + PERCENTILES + SERVED + " group by service_id order by 2 desc, 1")
			.params(m, from, to).query(FigureStore::group).list();
	}

	public List<ServeFigures.Day> byDay(long m, LocalDate from, LocalDate to) {
		return jdbc.sql("select day, count(*), percentile_cont(0.5) within group (order by " + SECONDS + ")" + SERVED
				+ " group by day order by day")
			.params(m, from, to)
			.query((rs, i) -> new ServeFigures.Day(rs.getObject(1, LocalDate.class), rs.getLong(2), seconds(rs.getDouble(3))))
			.list();
	}

	public long left(long m, LocalDate from, LocalDate to) {
		return jdbc.sql("select count(*) from frontdesk_visit where municipality_id = ? and day between ? and ? and status = 'LEFT'")
			.params(m, from, to).query(Long.class).single();
	}

	public long waiting(long m, LocalDate day) {
		return jdbc.sql("select count(*) from frontdesk_visit where municipality_id = ? and day = ? and status = 'WAITING'")
			.params(m, day).query(Long.class).single();
	}

	public long overdueApplications(long m, LocalDate today) {
		return jdbc.sql("""
				select count(*) from frontdesk_application
				 where municipality_id = ? and status in ('REGISTERED', 'ASSIGNED', 'IN_PROGRESS') and due_on < ?""")
			.params(m, today).query(Long.class).single();
	}

	private static ServeFigures.Group group(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new ServeFigures.Group(rs.getLong(1), rs.getLong(2), seconds(rs.getDouble(3)), seconds(rs.getDouble(4)));
	}

	private static Duration seconds(double s) {
		return Duration.ofSeconds(Math.round(s));
	}
}
