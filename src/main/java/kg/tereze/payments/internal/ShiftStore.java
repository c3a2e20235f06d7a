package kg.tereze.payments.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import kg.tereze.shared.Som;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cash shifts with what was taken in them and paid out of them. */
@Repository
public class ShiftStore {

	private static final String SELECT = """
			select s.*, (select count(*) from payment p where p.shift_id = s.id) as payments,
			       (select coalesce(sum(p.amount), 0) from payment p where p.shift_id = s.id) as taken,
			       (select coalesce(sum(r.amount), 0) from refund r where r.shift_id = s.id) as paid_out
			  from cash_shift s""";

	private final JdbcClient jdbc;

	ShiftStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long open(long municipalityId, long cashierId, String cashierName, Instant at, Som openingFloat) {
		return jdbc.sql("""
				insert into cash_shift (municipality_id, cashier_id, cashier_name, opened_at, opening_float)
				values (?, ?, ?, ?, ?) returning id""")
			.params(municipalityId, cashierId, cashierName, at.atOffset(ZoneOffset.UTC), openingFloat.tyiyn())
			.query(Long.class).single();
	}

	public Optional<Shift> openOf(long cashierId) {
		return jdbc.sql(SELECT + " where s.cashier_id = ? and s.closed_at is null").param(cashierId)
			.query(ShiftStore::row).optional();
	}

	/** The open shift, locked so that a payment and the close never cross. */
	public Optional<Shift> lockOpenOf(long cashierId) {
		Optional<Long> id = jdbc.sql("select id from cash_shift where cashier_id = ? and closed_at is null for update")
			.param(cashierId).query(Long.class).optional();
		return id.flatMap(shift -> find(cashierId, shift));
	}

	/** The cashier's own shift: a shift is only ever read by the one who keeps it. */
	public Optional<Shift> find(long cashierId, long id) {
		return jdbc.sql(SELECT + " where s.id = ? and s.cashier_id = ?").params(id, cashierId).query(ShiftStore::row).optional();
	}

	public void close(long id, Instant at, Som expected, Som counted, String note) {
		jdbc.sql("""
				update cash_shift set closed_at = ?, expected_cash = ?, counted_cash = ?, difference = ?, close_note = ?
				 where id = ? and closed_at is null""")
			.params(at.atOffset(ZoneOffset.UTC), expected.tyiyn(), counted.tyiyn(), counted.minus(expected).tyiyn(), note, id)
			.update();
	}

	private static Shift row(ResultSet rs, int n) throws SQLException {
		OffsetDateTime closed = rs.getObject("closed_at", OffsetDateTime.class);
		return new Shift(rs.getLong("id"), rs.getLong("municipality_id"), rs.getLong("cashier_id"),
				rs.getString("cashier_name"), rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
				Som.ofTyiyn(rs.getLong("opening_float")), rs.getInt("payments"), Som.ofTyiyn(rs.getLong("taken")),
				Som.ofTyiyn(rs.getLong("paid_out")),
				closed == null ? null : closed.toInstant(), som(rs, "expected_cash"), som(rs, "counted_cash"),
				som(rs, "difference"), rs.getString("close_note"));
	}

	private static Som som(ResultSet rs, String column) throws SQLException {
		Long v = rs.getObject(column, Long.class);
		return v == null ? null : Som.ofTyiyn(v);
	}
}
