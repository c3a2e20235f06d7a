package kg.tereze.billing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import kg.tereze.ledger.BulkCharges;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The month's charges of a book, computed in SQL over all subscriptions at once: each subscription's
 * days in the month are split by the tariffs in force, priced per day (a price change inside a month is
 * pro-rated), and multiplied by its quantity (persons on the billing date, or one). A line already
 * billed for the month is never written again (its key is unique), which is what makes a run safe to
 * repeat; a preview leaves such lines out of its totals.
 */
@Repository
public class ChargeLines {

	/** Subscriptions active in the month with their account, quantity and the slice of days [f, t). */
	private static final String PRICED = """
			with subs as (
			  select s.account_id, s.service_id, v.basis, a.category, a.village_id, a.household_id, s.persons_override,
			         case when v.basis = 'ONE_OFF' then s.starts_on else greatest(s.starts_on, :ms) end as f,
			         case when v.basis = 'ONE_OFF' then s.starts_on + 1 else least(coalesce(s.ends_on, :me), :me) end as t
			    from billing_subscription s
			    join billing_service v on v.id = s.service_id
			    join ledger_account_v a on a.id = s.account_id
			   where s.book_id = :book and s.account_id between :lo and :hi and a.book_id = :book and a.id between :lo and :hi
			     and s.starts_on < :me and (s.ends_on is null or s.ends_on > :ms)
			     and (v.basis <> 'ONE_OFF' or s.starts_on >= :ms)
			     and v.basis <> 'PER_M3'
			), counted as materialized (
			  select s.*, case when s.basis = 'PER_PERSON' then coalesce(s.persons_override,
			           (select count(*) from registry_member_v m where m.household_id = s.household_id
			               and m.valid_from <= :bd and (m.valid_to is null or m.valid_to > :bd)))
			         else 1 end as qty
			    from subs s
			), priced as (
			  select c.account_id, c.service_id, c.village_id, max(c.qty) as qty,
			         sum(least(c.t, coalesce(r.valid_to, c.t)) - greatest(c.f, r.valid_from)) as days,
			         sum(case when c.basis = 'ONE_OFF' then r.price * c.qty
			                  else round(r.price * c.qty * (least(c.t, coalesce(r.valid_to, c.t)) - greatest(c.f, r.valid_from))
			                             / :monthDays::numeric) end)::bigint as amount
			    from counted c
			    join billing_tariff r on r.service_id = c.service_id and r.category = c.category
			                         and r.valid_from < c.t and (r.valid_to is null or r.valid_to > c.f)
			   group by c.account_id, c.service_id, c.village_id
			)
			""";

	private final JdbcClient jdbc;

	ChargeLines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Account ids lo..hi (inclusive) billed in one transaction. */
	public record Chunk(long lo, long hi) {
	}

	/** The range of subscribed account ids, cut into chunks of {@code size} ids. */
	public List<Chunk> chunks(long bookId, long size) {
		List<Chunk> chunks = new ArrayList<>();
		jdbc.sql("select min(account_id), max(account_id) from billing_subscription where book_id = ? having count(*) > 0")
			.param(bookId).query(rs -> {
				for (long lo = rs.getLong(1), hi = rs.getLong(2); lo <= hi; lo += size) {
					chunks.add(new Chunk(lo, Math.min(hi, lo + size - 1)));
				}
			});
		return chunks;
	}

	/** What billing the month now would add, by service and by village; writes nothing. */
	@Transactional(readOnly = true)
	public RunTotals preview(long bookId, BillingMonth month) {
		tune();
		List<RunTotals.ByService> services = new ArrayList<>();
		List<RunTotals.ByVillage> villages = new ArrayList<>();
		params(jdbc.sql(PRICED + """
				, """ + MeteredSql.PREVIEW + """
				, fresh as (
				  select p.account_id, p.service_id, p.village_id, p.qty, p.amount from priced p
				   where p.amount > 0 and not exists (select 1 from billing_line l where l.book_id = :book and l.month = :ms
				                                         and l.account_id = p.account_id and l.service_id = p.service_id)
				  union all
				  select m.account_id, m.service_id, m.village_id, m.qty, m.amount from mpriced m where m.amount <> 0
				)
				select v.code, f.village_id, grouping(v.code) as by_village, count(distinct f.account_id) as accounts, sum(f.qty) as qty,
				       sum(f.amount) as amount
				  from fresh f join billing_service v on v.id = f.service_id
				 group by grouping sets ((v.code), (f.village_id))
				 order by 3, 1, 2"""), bookId, month, Long.MIN_VALUE, Long.MAX_VALUE)
			.query(rs -> {
				if (rs.getInt("by_village") == 0) {
					services.add(new RunTotals.ByService(rs.getString("code"), rs.getLong("accounts"),
							rs.getBigDecimal("qty"), rs.getLong("amount")));
				}
				else {
					villages.add(new RunTotals.ByVillage(rs.getObject("village_id", Long.class), rs.getLong("accounts"),
							rs.getLong("amount")));
				}
			});
		return new RunTotals(services, villages);
	}

	/**
	 * Writes the month's new lines for accounts lo..hi (by persons, households and flat fees, then by
	 * meters) and stages them as ledger charges, in the caller's transaction; returns the number of
	 * lines written.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int bill(long bookId, BillingMonth month, UUID runId, Chunk chunk) {
		tune();
		return params(jdbc.sql(PRICED + """
				, inserted as (
				  insert into billing_line (book_id, month, run_id, account_id, service_id, village_id, quantity, days, amount)
				  select :book, :ms, :run, account_id, service_id, village_id, qty, days, amount from priced where amount > 0
				  on conflict (book_id, month, account_id, service_id) do nothing
				  returning account_id, service_id, amount
				)
				insert into %s (account_id, amount, service_code, memo, idempotency_key)
				select i.account_id, i.amount, v.code, :memo, 'bill:' || :memo || ':' || v.code || ':' || i.account_id
				  from inserted i join billing_service v on v.id = i.service_id""".formatted(BulkCharges.TABLE)),
				bookId, month, chunk.lo(), chunk.hi())
			.param("run", runId).param("memo", month.month().toString())
			.update() + params(jdbc.sql(MeteredSql.BILL.formatted(BulkCharges.TABLE)), bookId, month, chunk.lo(), chunk.hi())
			.param("run", runId).param("memo", month.month().toString())
			.update();
	}

	/** What a committed run wrote, by service and by village. */
	public RunTotals written(long bookId, BillingMonth month, UUID runId) {
		List<RunTotals.ByService> services = jdbc.sql("""
				select v.code, count(*), sum(l.quantity), sum(l.amount) from billing_line l
				  join billing_service v on v.id = l.service_id where l.book_id = ? and l.month = ? and l.run_id = ?
				 group by v.code order by v.code""")
			.params(bookId, month.firstDay(), runId).query((rs, i) -> new RunTotals.ByService(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3),
					rs.getLong(4)))
			.list();
		List<RunTotals.ByVillage> villages = jdbc.sql("""
				select village_id, count(distinct account_id), sum(amount) from billing_line
				 where book_id = ? and month = ? and run_id = ? group by village_id order by village_id""")
			.params(bookId, month.firstDay(), runId).query((rs, i) -> new RunTotals.ByVillage(rs.getObject(1, Long.class), rs.getLong(2),
					rs.getLong(3)))
			.list();
		return new RunTotals(services, villages);
	}

	/**
	 * For this transaction only: no JIT (its compilation cost more than half a second per chunk, more
	 * than the query), and room to sort a chunk in memory.
	 */
	private void tune() {
		jdbc.sql("select set_config('jit', 'off', true), set_config('work_mem', '64MB', true)").query().singleRow();
	}

	private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, long bookId, BillingMonth m, long lo,
			long hi) {
		return spec.param("book", bookId).param("ms", m.firstDay()).param("me", m.endExclusive())
			.param("bd", m.billingDate()).param("lo", lo).param("hi", hi)
			.param("monthDays", m.month().lengthOfMonth());
	}
}
