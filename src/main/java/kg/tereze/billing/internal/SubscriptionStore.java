package kg.tereze.billing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;


import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which account takes which service from when. */
@Repository
public class SubscriptionStore {

	private final JdbcClient jdbc;

	SubscriptionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A subscription with its service, read in one query. */
	private static final String SELECT = """
			select v.*, s.id as subscription_id, s.account_id, s.starts_on, s.ends_on, s.persons_override, s.override_reason
			  from billing_subscription s join billing_service v on v.id = s.service_id""";

	public List<Subscription> ofAccount(long accountId) {
		return jdbc.sql(SELECT + " where s.account_id = ? order by s.starts_on, s.id").param(accountId)
			.query(SubscriptionStore::row).list();
	}

	/** The account's subscription: the account is the scope, found first among those the user sees. */
	public Optional<Subscription> find(long accountId, long id) {
		return jdbc.sql(SELECT + " where s.id = ? and s.account_id = ?").params(id, accountId).query(SubscriptionStore::row)
			.optional();
	}

	private static Subscription row(ResultSet rs, int i) throws SQLException {
		return new Subscription(rs.getLong("subscription_id"), rs.getLong("account_id"), CatalogStore.service(rs, i),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				rs.getObject("persons_override", Integer.class), rs.getString("override_reason"));
	}

	public long insert(long bookId, long accountId, long serviceId, LocalDate startsOn, LocalDate endsOn,
			Integer persons, String reason, Instant at, Long userId) {
		return jdbc.sql("""
				insert into billing_subscription (book_id, account_id, service_id, starts_on, ends_on, persons_override,
				                                  override_reason, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(bookId, accountId, serviceId, startsOn, endsOn, persons, reason, at.atOffset(ZoneOffset.UTC), userId)
			.query(Long.class).single();
	}

	public void end(long id, LocalDate endsOn) {
		jdbc.sql("update billing_subscription set ends_on = ? where id = ?").params(endsOn, id).update();
	}

	public void override(long id, Integer persons, String reason) {
		jdbc.sql("update billing_subscription set persons_override = ?, override_reason = ? where id = ?")
			.params(persons, reason, id).update();
	}

	/** Members of a household on a date, as the register has them. */
	public int members(long householdId, LocalDate on) {
		return jdbc.sql("""
				select count(*) from registry_member_v
				 where household_id = ? and valid_from <= ? and (valid_to is null or valid_to > ?)""")
			.params(householdId, on, on).query(Integer.class).single();
	}

	/** The last month billed for an account and service, so that a subscription is not ended inside it. */
	public Optional<LocalDate> lastBilledMonth(long accountId, long serviceId) {
		return jdbc.sql("select max(month) from billing_line where account_id = ? and service_id = ?")
			.params(accountId, serviceId).query(LocalDate.class).optional();
	}
}
