package kg.tereze.billing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What notices need beyond the ledger: the quantities billed, and which accounts a batch prints. */
@Repository
public class NoticeStore {

	private final JdbcClient jdbc;

	NoticeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Quantity billed in the month by service code. */
	public Map<String, BigDecimal> quantities(long accountId, long bookId, LocalDate month) {
		Map<String, BigDecimal> q = new HashMap<>();
		jdbc.sql("""
				select v.code, l.quantity from billing_line l join billing_service v on v.id = l.service_id
				 where l.book_id = ? and l.month = ? and l.account_id = ?""")
			.params(bookId, month, accountId).query(rs -> {
				q.merge(rs.getString(1), rs.getBigDecimal(2), BigDecimal::add);
			});
		return q;
	}

	/**
	 * Accounts of the book that take a service, in one village (or all), in the order a controller walks
	 * them: by address, then number; or the accounts of a route, in its order.
	 */
	public List<Long> accountsToPrint(long bookId, Long villageId, Long routeId) {
		if (routeId != null) {
			return jdbc.sql("""
					select s.account_id from billing_route_stop s
					 where s.route_id = ? and s.book_id = ?
					   and exists (select 1 from billing_subscription b where b.book_id = s.book_id and b.account_id = s.account_id)
					 order by s.position""")
				.params(routeId, bookId).query(Long.class).list();
		}
		return jdbc.sql("""
				select a.id from ledger_account_v a
				 where a.book_id = ? and (?::bigint is null or a.village_id = ?)
				   and exists (select 1 from billing_subscription s where s.book_id = a.book_id and s.account_id = a.id)
				 order by a.address nulls last, a.number""")
			.params(bookId, villageId, villageId).query(Long.class).list();
	}
}
