package kg.tereze.billing.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import kg.tereze.billing.Reading;
import kg.tereze.billing.ReadingSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Readings of meters; written once, never changed. */
@Repository
public class ReadingStore {

	private final JdbcClient jdbc;

	ReadingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A reading taken, with its meter's number and its account, for lists across a book. */
	public record Listed(Reading reading, String meterNumber, String accountNumber, String holderName) {
	}

	public record NewRow(long bookId, long meterId, LocalDate readOn, BigDecimal value, BigDecimal consumption, int days,
			ReadingSource source, boolean flagged, Instant at, Long userId, String userName) {
	}

	public long insert(NewRow r) {
		return jdbc.sql("""
				insert into billing_reading (book_id, meter_id, read_on, value, consumption, days, source, flagged,
				                             created_at, created_by, created_by_name)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(r.bookId(), r.meterId(), r.readOn(), r.value(), r.consumption(), r.days(), r.source().name(),
					r.flagged(), r.at().atOffset(ZoneOffset.UTC), r.userId(), r.userName())
			.query(Long.class).single();
	}

	/** The meter's reading: the meter is the scope, found first through its account. */
	public Optional<Reading> find(long meterId, long id) {
		return jdbc.sql("select * from billing_reading where id = ? and meter_id = ?").params(id, meterId)
			.query(ReadingStore::row).optional();
	}

	public List<Reading> ofMeter(long meterId, int limit) {
		return jdbc.sql("select * from billing_reading where meter_id = ? order by id desc limit ?").params(meterId, limit)
			.query(ReadingStore::row).list();
	}

	/**
	 * Average daily use of the meters an account had for a service over the year before a day, from
	 * their readings; null before there is any.
	 */
	public BigDecimal averagePerDay(long accountId, long serviceId, LocalDate before) {
		return jdbc.sql("""
				select sum(r.consumption) / nullif(sum(r.days), 0) from billing_reading r
				  join billing_meter m on m.id = r.meter_id
				 where m.account_id = ? and m.service_id = ? and r.read_on <= ? and r.read_on > ? and r.days > 0""")
			.params(accountId, serviceId, before, before.minusYears(1)).query(BigDecimal.class).optional().orElse(null);
	}

	/** Flagged readings of a book taken since a day, newest first. */
	public List<Listed> flagged(long bookId, LocalDate since, int limit) {
		return jdbc.sql("""
				select r.*, m.number, a.number as account_number, a.holder_name from billing_reading r
				  join billing_meter m on m.id = r.meter_id join ledger_account_v a on a.id = m.account_id
				 where r.book_id = ? and r.flagged and r.read_on >= ? order by r.read_on desc, r.id desc limit ?""")
			.params(bookId, since, limit)
			.query((rs, i) -> new Listed(row(rs, i), rs.getString("number"), rs.getString("account_number"),
					rs.getString("holder_name"))).list();
	}

	private static Reading row(ResultSet rs, int i) throws SQLException {
		return new Reading(rs.getLong("id"), rs.getLong("meter_id"), rs.getObject("read_on", LocalDate.class),
				rs.getBigDecimal("value"), rs.getBigDecimal("consumption"), rs.getInt("days"),
				ReadingSource.valueOf(rs.getString("source")), rs.getBoolean("flagged"), rs.getString("created_by_name"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}
}
