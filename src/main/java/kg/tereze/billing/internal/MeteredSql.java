package kg.tereze.billing.internal;

/**
 * The SQL of a month's metered charges, shared by the preview and the commit. Each meter in place during
 * the month (on an account subscribed to its service, with a tariff) is billed from where its last
 * billed month stopped to its latest reading; without a new reading, to an estimate of its average daily
 * consumption over the past year times its days in the month. A later real reading below an estimate
 * gives a negative stretch: a credit that settles the estimate. A meter taken out in a month already
 * billed has its last stretch billed in the next month. Parameters as in {@link ChargeLines}.
 */
final class MeteredSql {

	/** CTEs {@code meters}, {@code positioned} and {@code valued}: one row per meter and its stretch. */
	static final String VALUED = """
			meters as (
			  select mt.id as meter_id, mt.account_id, mt.service_id, mt.initial_value, a.category, a.village_id,
			         greatest(mt.installed_on, :ms) as f,
			         greatest(least(coalesce(mt.removed_on, :me), :me), mt.installed_on, :ms) as t
			    from billing_meter mt
			    join ledger_account_v a on a.id = mt.account_id and a.book_id = :book and a.id between :lo and :hi
			   where mt.book_id = :book and mt.account_id between :lo and :hi
			     and mt.installed_on < :me
			     and (mt.removed_on is null or mt.removed_on >= :ms
			          or exists (select 1 from billing_reading r where r.meter_id = mt.id
			                        and r.id > coalesce((select max(c.reading_id) from billing_consumption c where c.meter_id = mt.id), 0)))
			     and exists (select 1 from billing_subscription s where s.account_id = mt.account_id and s.service_id = mt.service_id
			                    and s.starts_on < :me
			                    and (s.ends_on is null or s.ends_on > :ms or (mt.removed_on < :ms and s.ends_on >= mt.removed_on)))
			     and exists (select 1 from billing_tariff r where r.service_id = mt.service_id and r.category = a.category
			                    and r.valid_from < :me and (r.valid_to is null or r.valid_to > :ms))
			), positioned as (
			  select m.*, coalesce(p.to_value, m.initial_value) as from_value, p.reading_id as billed_reading,
			         r.id as reading_id, r.value as reading_value
			    from meters m
			    left join lateral (select c.to_value, c.reading_id from billing_consumption c
			                        where c.meter_id = m.meter_id and c.month < :ms order by c.month desc limit 1) p on true
			    left join lateral (select r.id, r.value from billing_reading r
			                        where r.meter_id = m.meter_id and r.read_on < :me order by r.id desc limit 1) r on true
			), valued as (
			  select p.meter_id, p.account_id, p.service_id, p.category, p.village_id, p.f, p.t, p.from_value,
			         coalesce(p.reading_id, p.billed_reading) as reading_id,
			         p.reading_id is null or p.reading_id <= coalesce(p.billed_reading, 0) as estimated,
			         case when p.reading_id > coalesce(p.billed_reading, 0) then p.reading_value
			              else p.from_value + coalesce((
			                select round(sum(r.consumption) / nullif(sum(r.days), 0) * (p.t - p.f), 3) from billing_reading r
			                 where r.meter_id = p.meter_id and r.read_on < :me and r.read_on >= :ms - 365 and r.days > 0), 0)
			         end as to_value
			    from positioned p
			)
			""";

	/**
	 * CTEs {@code per_account} and {@code mpriced} over a relation {@code metered} (a {@code valued} row
	 * with its {@code qty}): one line per account and service, priced by the tariffs in force over the
	 * meter's days in the month (weighted by days when the price changed inside it).
	 */
	static final String PRICED = """
			per_account as (
			  select account_id, service_id, category, village_id, sum(qty) as qty, min(f) as f, greatest(max(t), min(f) + 1) as t
			    from metered group by account_id, service_id, category, village_id
			), mpriced as (
			  select p.account_id, p.service_id, p.village_id, p.qty, p.t - p.f as days,
			         round(p.qty * sum(r.price * (least(p.t, coalesce(r.valid_to, p.t)) - greatest(p.f, r.valid_from)))
			               / sum(least(p.t, coalesce(r.valid_to, p.t)) - greatest(p.f, r.valid_from)))::bigint as amount
			    from per_account p
			    join billing_tariff r on r.service_id = p.service_id and r.category = p.category
			                         and r.valid_from < p.t and (r.valid_to is null or r.valid_to > p.f)
			   group by p.account_id, p.service_id, p.village_id, p.qty, p.f, p.t
			)
			""";

	/** CTEs up to {@code mpriced} of what billing would add, for the preview: meters not yet billed this month. */
	static final String PREVIEW = VALUED + """
			, metered as (
			  select v.*, v.to_value - v.from_value as qty from valued v
			   where v.to_value <> v.from_value
			     and not exists (select 1 from billing_consumption c where c.meter_id = v.meter_id and c.month = :ms)
			), """ + PRICED;

	/** Writes the stretches, then the lines, then stages the ledger entries; a billed meter is skipped. */
	static final String BILL = "with " + VALUED + """
			, consumed as (
			  insert into billing_consumption (meter_id, month, book_id, account_id, service_id, from_value, to_value,
			                                   reading_id, estimated)
			  select meter_id, :ms, :book, account_id, service_id, from_value, to_value, reading_id, estimated
			    from valued where to_value <> from_value
			  on conflict (meter_id, month) do nothing
			  returning meter_id, to_value - from_value as qty
			), metered as (
			  select v.*, c.qty from consumed c join valued v on v.meter_id = c.meter_id
			), """ + PRICED + """
			, inserted as (
			  insert into billing_line (book_id, month, run_id, account_id, service_id, village_id, quantity, days, amount)
			  select :book, :ms, :run, account_id, service_id, village_id, qty, days, amount from mpriced where amount <> 0
			  on conflict (book_id, month, account_id, service_id) do nothing
			  returning account_id, service_id, amount
			)
			insert into %s (account_id, amount, service_code, memo, idempotency_key)
			select i.account_id, i.amount, v.code, :memo, 'bill:' || :memo || ':' || v.code || ':' || i.account_id
			  from inserted i join billing_service v on v.id = i.service_id""";

	private MeteredSql() {
	}
}
