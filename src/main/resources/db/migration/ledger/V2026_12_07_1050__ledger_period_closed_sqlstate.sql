-- A closed period is refused with a SQLSTATE of Tereze's own (class TZ), so that the application
-- recognises it by code; P0002 is PL/pgSQL's no_data_found and could come from anywhere.
create or replace function ledger_entry_checks() returns trigger language plpgsql as $$
begin
  -- lateral with limit: an index probe per new row, never a scan of all accounts for one payment
  if exists (select 1 from new_rows n
               left join lateral (select 1 as found from payer_account a
                                   where a.id = n.account_id and a.book_id = n.book_id limit 1) a on true
              where a.found is null) then
    raise exception 'ledger entry for an account that is not in its book' using errcode = '23503';
  end if;
  if exists (select 1 from new_rows n join ledger_book b on b.id = n.book_id
              where b.closed_through is not null and n.booked_on <= b.closed_through) then
    raise exception 'ledger period closed' using errcode = 'TZ001';
  end if;
  return null;
end $$;
