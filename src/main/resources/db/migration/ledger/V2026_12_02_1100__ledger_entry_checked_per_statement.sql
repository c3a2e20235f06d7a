-- A billing run inserts a million entries at once. The foreign key on (account_id, book_id) checked, and
-- locked, the account row of every entry one by one: with the idempotency check it doubled the cost of
-- the insert. The same rule is now checked once per statement, next to the closed-period check: one index
-- probe per inserted row, and no row lock. That lock only guarded against an account being deleted or
-- moved to another book under its entries, and neither can happen now: accounts are closed, never
-- deleted, and never change book (a trigger refuses both).
alter table ledger_entry drop constraint ledger_entry_account_book_fkey;

create function ledger_entry_checks() returns trigger language plpgsql as $$
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
    raise exception 'ledger period closed' using errcode = 'P0002';
  end if;
  return null;
end $$;

drop trigger ledger_entry_period_open on ledger_entry;
drop function ledger_entry_open_period();
create trigger ledger_entry_checked after insert on ledger_entry
  referencing new table as new_rows for each statement execute function ledger_entry_checks();

create function payer_account_is_permanent() returns trigger language plpgsql as $$
begin
  if tg_op <> 'UPDATE' then
    raise exception 'payer accounts are closed, never deleted, and never change book' using errcode = '23503';
  end if;
  if new.id <> old.id or new.book_id <> old.book_id then
    raise exception 'payer accounts are closed, never deleted, and never change book' using errcode = '23503';
  end if;
  return new;
end $$;
create trigger payer_account_permanent before delete or update of id, book_id on payer_account
  for each row execute function payer_account_is_permanent();
create trigger payer_account_no_truncate before truncate on payer_account
  for each statement execute function payer_account_is_permanent();
