package kg.tereze.ledger.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import kg.tereze.shared.ResultPage;
import kg.tereze.shared.Som;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figures of a book, summed in SQL. Billed is what charges added (less charges reversed), collected
 * what payments took (less payments reversed), each in the month it was booked.
 */
@Repository
public class ReportStore {

	/** Entries of a span with what they did: billed and collected, in tyiyn. */
	private static final String FLOWS = """
			select e.*, case when e.kind = 'CHARGE' or (e.kind = 'REVERSAL' and o.kind = 'CHARGE') then e.amount else 0 end as billed,
			       case when e.kind in ('PAYMENT', 'REFUND') or (e.kind = 'REVERSAL' and o.kind in ('PAYMENT', 'REFUND'))
			            then -e.amount else 0 end as collected,
			       coalesce(o.service_code, e.service_code) as service
			  from ledger_entry e left join ledger_entry o on o.id = e.reverses_id
			 where e.book_id = :book and e.booked_on >= :from and e.booked_on < :to""";

	private final JdbcClient jdbc;

	ReportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Reports.Month> months(long bookId, YearMonth first, YearMonth last) {
		return jdbc.sql("""
				with f as (%s)
				select m::date, coalesce(sum(f.billed), 0), coalesce(sum(f.collected), 0)
				  from generate_series(:from::date, (:to::date - 1), interval '1 month') m
				  left join f on f.booked_on >= m and f.booked_on < m + interval '1 month'
				 group by m order by m""".formatted(FLOWS))
			.param("book", bookId).param("from", first.atDay(1)).param("to", last.plusMonths(1).atDay(1))
			.query((rs, i) -> new Reports.Month(YearMonth.from(rs.getObject(1, LocalDate.class)), Som.ofTyiyn(rs.getLong(2)),
					Som.ofTyiyn(rs.getLong(3))))
			.list();
	}

	public List<Reports.ByVillage> villages(long bookId, YearMonth month) {
		return jdbc.sql("""
				with f as (%s)
				select a.village_id, sum(f.billed), sum(f.collected), count(distinct f.account_id) filter (where f.billed > 0)
				  from f join payer_account a on a.id = f.account_id
				 group by a.village_id having sum(f.billed) <> 0 or sum(f.collected) <> 0
				 order by sum(f.billed) desc""".formatted(FLOWS))
			.param("book", bookId).param("from", month.atDay(1)).param("to", month.plusMonths(1).atDay(1))
			.query((rs, i) -> new Reports.ByVillage(rs.getObject(1, Long.class), Som.ofTyiyn(rs.getLong(2)),
					Som.ofTyiyn(rs.getLong(3)), rs.getLong(4)))
			.list();
	}

	public List<Reports.ByService> services(long bookId, YearMonth month) {
		return jdbc.sql("""
				with f as (%s)
				select coalesce(f.service, ''), sum(f.billed), count(distinct f.account_id)
				  from f where f.billed <> 0 group by 1 order by 2 desc""".formatted(FLOWS))
			.param("book", bookId).param("from", month.atDay(1)).param("to", month.plusMonths(1).atDay(1))
			.query((rs, i) -> new Reports.ByService(rs.getString(1), Som.ofTyiyn(rs.getLong(2)), rs.getLong(3)))
			.list();
	}

	/** Payments of a day, less refunds paid out, by channel and by who took them (the cashier, or the agent). */
	public List<Reports.CashLine> cash(long bookId, LocalDate day) {
		return jdbc.sql("""
				with f as (%s)
				select f.source, coalesce(f.created_by_name, ''), count(*) filter (where f.kind = 'PAYMENT'),
				       count(*) filter (where f.kind = 'REVERSAL'), count(*) filter (where f.kind = 'REFUND'), sum(f.collected)
				  from f where f.collected <> 0 group by 1, 2 order by 1, 2""".formatted(FLOWS))
			.param("book", bookId).param("from", day).param("to", day.plusDays(1))
			.query((rs, i) -> new Reports.CashLine(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5), Som.ofTyiyn(rs.getLong(6))))
			.list();
	}

	/**
	 * Accounts that owe, with the age of their oldest unpaid debt: payments pay the oldest debt first,
	 * so what is unpaid is laid over the debts from the newest back (as {@link kg.tereze.ledger.Arrears}).
	 */
	public ResultPage<Reports.Debtor> debtors(long bookId, Reports.DebtorFilter f, LocalDate today, int page, int size) {
		String order = switch (f.sortOrDefault()) {
			case DAYS -> "days desc, debt desc, number";
			case NUMBER -> "number";
			case DEBT -> "debt desc, number";
		};
		List<Counted> rows = jdbc.sql("""
				with bal as (
				  select account_id, sum(amount) as debt from ledger_entry where book_id = :book group by account_id
				  having sum(amount) >= greatest(:minDebt, 1)
				), debts as (
				  select e.account_id, e.id, e.due_on, e.amount,
				         sum(e.amount) over (partition by e.account_id order by e.due_on desc, e.id desc) - e.amount as newer
				    from ledger_entry e join bal b on b.account_id = e.account_id
				   where e.book_id = :book and e.amount > 0 and e.kind <> 'REVERSAL'
				     and not exists (select 1 from ledger_entry r where r.reverses_id = e.id)
				), oldest as (
				  select distinct on (d.account_id) d.account_id, d.due_on
				    from debts d join bal b on b.account_id = d.account_id
				   where d.newer < b.debt
				   order by d.account_id, d.due_on, d.id
				), listed as (
				  select a.number, a.holder_name, a.village_id, a.address, b.debt, o.due_on,
				         greatest(0, :today::date - o.due_on) as days
				    from bal b join payer_account a on a.id = b.account_id left join oldest o on o.account_id = b.account_id
				   where (:village::bigint is null or a.village_id = :village)
				)
				select *, count(*) over () as total from listed where days >= :minDays
				 order by %s limit :size offset :offset""".formatted(order))
			.param("book", bookId).param("minDebt", f.minDebt() == null ? 0 : f.minDebt()).param("today", today)
			.param("village", f.villageId()).param("minDays", f.minDays() == null ? 0 : f.minDays())
			.param("size", size).param("offset", (long) page * size)
			.query((rs, i) -> new Counted(new Reports.Debtor(rs.getString("number"), rs.getString("holder_name"),
					rs.getObject("village_id", Long.class), rs.getString("address"), Som.ofTyiyn(rs.getLong("debt")),
					rs.getObject("due_on", LocalDate.class), rs.getLong("days")), rs.getLong("total")))
			.list();
		return new ResultPage<>(rows.stream().map(Counted::debtor).toList(), rows.isEmpty() ? 0 : rows.get(0).total(), page,
				size);
	}

	/** A debtor and how many the filter keeps in all (the same on every row). */
	private record Counted(Reports.Debtor debtor, long total) {
	}
}
