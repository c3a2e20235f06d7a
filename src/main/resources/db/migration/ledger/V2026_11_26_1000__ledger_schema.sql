-- The ledger: the one money book. A book belongs to the municipality itself (fees, later taxes) or to
-- one of its enterprises (water, waste). Entries are never updated or deleted; a correction is a new,
-- reversing entry, and the balance of an account is the sum of its entries.

create table ledger_book (
  id              bigint generated always as identity primary key,
  municipality_id bigint not null references municipality (id),
  enterprise_id   bigint references enterprise (id),
  -- the last day of the last closed month: no entry may be booked on or before it
  closed_through  date,
  unique nulls not distinct (municipality_id, enterprise_id)
);

-- Each closing of a month, kept for the auditor.
create table ledger_period_close (
  id          bigint generated always as identity primary key,
  book_id     bigint not null references ledger_book (id),
  month       date not null check (extract(day from month) = 1),
  closed_at   timestamptz not null,
  closed_by   bigint not null,
  unique (book_id, month)
);

-- Account numbers are 7 digits and a Luhn check digit, unique in the country, so that a terminal
-- operator's typo is caught as a wrong number before it can reach another payer's account.
create sequence payer_account_seq start 1000000 maxvalue 9999999 no cycle;

create table payer_account (
  id              bigint generated always as identity primary key,
  book_id         bigint not null references ledger_book (id),
  municipality_id bigint not null references municipality (id),
  number          varchar(8) not null unique check (number ~ '^[0-9]{8}$'),
  holder_kind     text not null check (holder_kind in ('HOUSEHOLD', 'PERSON', 'ORGANISATION')),
  category        text not null check (category in ('HOUSEHOLD', 'BUDGET', 'BUSINESS')),
  household_id    bigint,
  person_id       bigint,
  holder_name     text not null check (length(holder_name) between 1 and 200),
  village_id      bigint,
  address         text,
  phone           text,
  search_text     text not null,
  opened_on       date not null,
  created_at      timestamptz not null,
  created_by      bigint
);
create unique index payer_account_household_uq on payer_account (book_id, household_id) where household_id is not null;
create unique index payer_account_person_uq on payer_account (book_id, person_id) where person_id is not null;
create index payer_account_book_idx on payer_account (book_id, holder_name);
create index payer_account_municipality_idx on payer_account (municipality_id);
create index payer_account_search_idx on payer_account using gin (search_text gin_trgm_ops);

-- amount is what the entry does to the payer's debt, in tyiyn: a charge adds, a payment takes away.
create table ledger_entry (
  id              bigint generated always as identity primary key,
  book_id         bigint not null references ledger_book (id),
  account_id      bigint not null references payer_account (id),
  kind            text not null check (kind in ('OPENING_BALANCE', 'CHARGE', 'PAYMENT', 'ADJUSTMENT', 'REVERSAL', 'REFUND')),
  amount          bigint not null check (amount <> 0),
  booked_on       date not null,
  -- when the debt falls due: the ageing of arrears counts from here
  due_on          date not null,
  service_code    text,
  memo            text check (length(memo) <= 500),
  source          text not null,
  reference       text,
  reverses_id     bigint unique references ledger_entry (id),
  idempotency_key text,
  created_at      timestamptz not null,
  created_by      bigint,
  created_by_name text,
  check (kind <> 'CHARGE' or amount > 0),
  check (kind <> 'PAYMENT' or amount < 0),
  check (kind <> 'REFUND' or amount > 0),
  check ((kind = 'REVERSAL') = (reverses_id is not null))
);
create index ledger_entry_account_idx on ledger_entry (account_id, due_on, id) include (amount, kind);
create unique index ledger_entry_idempotency_uq on ledger_entry (book_id, idempotency_key) where idempotency_key is not null;
create index ledger_entry_book_booked_idx on ledger_entry (book_id, booked_on);

create function ledger_entry_is_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'ledger entries are never changed: post a reversal instead' using errcode = 'P0001';
end $$;
create trigger ledger_entry_no_update before update or delete on ledger_entry
  for each statement execute function ledger_entry_is_immutable();
create trigger ledger_entry_no_truncate before truncate on ledger_entry
  for each statement execute function ledger_entry_is_immutable();

-- One check per statement (a billing run inserts a million rows at once): nothing lands in a closed month.
-- Closing a month takes a SHARE lock on ledger_entry first, so no insert is in flight while it closes.
create function ledger_entry_open_period() returns trigger language plpgsql as $$
begin
  if exists (select 1 from new_rows n join ledger_book b on b.id = n.book_id
              where b.closed_through is not null and n.booked_on <= b.closed_through) then
    raise exception 'ledger period closed' using errcode = 'P0002';
  end if;
  return null;
end $$;
create trigger ledger_entry_period_open after insert on ledger_entry
  referencing new table as new_rows for each statement execute function ledger_entry_open_period();
