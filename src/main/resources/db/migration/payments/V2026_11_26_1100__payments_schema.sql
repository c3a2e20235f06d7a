-- The cash desk: a cashier's shift from the opening float to the count at the close, and every
-- payment taken in it with its receipt. The money itself is the ledger's PAYMENT entry; this row says
-- where, by whom and on which receipt it came in.

create table cash_shift (
  id              bigint generated always as identity primary key,
  municipality_id bigint not null references municipality (id),
  cashier_id      bigint not null,
  cashier_name    text not null,
  opened_at       timestamptz not null,
  opening_float   bigint not null check (opening_float >= 0),
  closed_at       timestamptz,
  expected_cash   bigint,
  counted_cash    bigint check (counted_cash >= 0),
  difference      bigint,
  close_note      text check (length(close_note) <= 500),
  check ((closed_at is null) = (counted_cash is null))
);
-- one open shift per cashier
create unique index cash_shift_open_uq on cash_shift (cashier_id) where closed_at is null;
create index cash_shift_municipality_idx on cash_shift (municipality_id, opened_at desc);

create table payment (
  id              bigint generated always as identity primary key,
  municipality_id bigint not null references municipality (id),
  account_id      bigint not null,
  ledger_entry_id bigint not null unique,
  channel         text not null check (channel in ('CASH', 'AGENT', 'API')),
  shift_id        bigint references cash_shift (id),
  receipt_number  text not null unique,
  amount          bigint not null check (amount > 0),
  paid_at         timestamptz not null,
  payer_name      text check (length(payer_name) <= 200),
  idempotency_key text not null,
  taken_by        bigint,
  taken_by_name   text,
  unique (municipality_id, channel, idempotency_key)
);
create index payment_shift_idx on payment (shift_id);
create index payment_account_idx on payment (account_id, paid_at);
