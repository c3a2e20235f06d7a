package kg.tereze.billing.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import kg.tereze.billing.Meter;
import kg.tereze.billing.MeterPosition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Meters, each read with its service and its latest reading (or its installed value). */
@Repository
public class MeterStore {

	private static final String SELECT = """
			select v.*, m.id as meter_id, m.account_id, m.number, m.installed_on, m.initial_value, m.verified_until,
			       m.removed_on, coalesce(r.read_on, m.installed_on) as last_on, coalesce(r.value, m.initial_value) as last_value
			  from billing_meter m join billing_service v on v.id = m.service_id
			  left join lateral (select read_on, value from billing_reading r where r.meter_id = m.id order by r.id desc limit 1) r on true""";

	private final JdbcClient jdbc;

	MeterStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Meter> ofAccount(long accountId) {
		return jdbc.sql(SELECT + " where m.account_id = ? order by m.removed_on nulls first, m.installed_on desc, m.id desc")
			.param(accountId).query(MeterStore::row).list();
	}

	/** The meters in place on these accounts (a route's), by account. */
	public List<Meter> inPlaceOn(Long[] accountIds) {
		return jdbc.sql(SELECT + " where m.account_id = any(?) and m.removed_on is null order by m.account_id, m.id")
			.param(accountIds).query(MeterStore::row).list();
	}

	/** The account's meter: the account is the scope, found first among those the user sees. */
	public Optional<Meter> find(long accountId, long id) {
		return jdbc.sql(SELECT + " where m.id = ? and m.account_id = ?").params(id, accountId).query(MeterStore::row).optional();
	}

	/** The account's meter, its row locked so that readings of it are taken one after another. */
	public Optional<Meter> lock(long accountId, long id) {
		jdbc.sql("select id from billing_meter where id = ? and account_id = ? for update").params(id, accountId)
			.query(Long.class).optional();
		return find(accountId, id);
	}

	/** The meter in place with this number in the book, if any. */
	public Optional<Long> inPlace(long bookId, String number) {
		return jdbc.sql("select id from billing_meter where book_id = ? and number = ? and removed_on is null")
			.params(bookId, number).query(Long.class).optional();
	}

	public long insert(long bookId, long accountId, long serviceId, String number, LocalDate installedOn,
			BigDecimal initialValue, LocalDate verifiedUntil, Instant at, Long userId) {
		return jdbc.sql("""
				insert into billing_meter (book_id, account_id, service_id, number, installed_on, initial_value, verified_until,
				                           created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(bookId, accountId, serviceId, number, installedOn, initialValue, verifiedUntil,
					at.atOffset(ZoneOffset.UTC), userId)
			.query(Long.class).single();
	}

	public void remove(long id, LocalDate removedOn) {
		jdbc.sql("update billing_meter set removed_on = ? where id = ? and removed_on is null").params(removedOn, id).update();
	}

	/** Metered consumption billed per month, newest first: month, quantity, whether estimated. */
	public List<MonthUse> monthlyUse(long meterId, int months) {
		return jdbc.sql("""
				select month, to_value - from_value, estimated from billing_consumption
				 where meter_id = ? order by month desc limit ?""")
			.params(meterId, months)
			.query((rs, i) -> new MonthUse(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2), rs.getBoolean(3)))
			.list();
	}

	public record MonthUse(LocalDate month, BigDecimal quantity, boolean estimated) {
	}

	private static Meter row(ResultSet rs, int i) throws SQLException {
		return new Meter(rs.getLong("meter_id"), rs.getLong("account_id"), CatalogStore.service(rs, i), rs.getString("number"),
				rs.getObject("installed_on", LocalDate.class), rs.getBigDecimal("initial_value"),
				rs.getObject("verified_until", LocalDate.class), rs.getObject("removed_on", LocalDate.class),
				new MeterPosition(rs.getObject("last_on", LocalDate.class), rs.getBigDecimal("last_value")));
	}
}
