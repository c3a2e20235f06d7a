-- Meters, their readings, and the metered consumption billed each month.

-- A meter of an account for a metered service, in place over [installed_on, removed_on). An account has
-- one meter per service at a time; a replaced meter keeps its number and history.
create table billing_meter (
  id             bigint generated always as identity primary key,
  book_id        bigint not null references ledger_book (id),
  account_id     bigint not null,
  service_id     bigint not null references billing_service (id),
  number         text not null check (number ~ '^[A-Za-z0-9][A-Za-z0-9./-]{0,29}$'),
  installed_on   date not null,
  initial_value  numeric(12, 3) not null check (initial_value >= 0 and initial_value < 1000000000),
  verified_until date,
  removed_on     date check (removed_on is null or removed_on >= installed_on),
  created_at     timestamptz not null,
  created_by     bigint,
  exclude using gist (account_id with =, service_id with =, daterange(installed_on, removed_on, '[)') with &&)
);
create unique index billing_meter_number_uq on billing_meter (book_id, number) where removed_on is null;
create index billing_meter_account_idx on billing_meter (book_id, account_id);

-- What a meter showed on a day. Never lower than the reading before it on the same meter; consumption
-- and days are counted from that reading (or from the value the meter was installed with). A reading
-- far above the account's average is kept and flagged for the accountant to check.
create table billing_reading (
  id              bigint generated always as identity primary key,
  book_id         bigint not null,
  meter_id        bigint not null references billing_meter (id),
  read_on         date not null,
  value           numeric(12, 3) not null check (value >= 0 and value < 1000000000),
  consumption     numeric(12, 3) not null check (consumption >= 0),
  days            int not null check (days >= 0),
  source          text not null check (source in ('DESK', 'TABLET', 'RESIDENT')),
  flagged         boolean not null,
  idempotency_key text check (length(idempotency_key) between 1 and 100),
  created_at      timestamptz not null,
  created_by      bigint,
  created_by_name text not null,
  unique (book_id, idempotency_key)
);
create index billing_reading_meter_idx on billing_reading (meter_id, id desc);
create index billing_reading_flagged_idx on billing_reading (book_id, read_on desc) where flagged;

-- The stretch of a meter's dial billed in a month: from where the last month stopped to the latest
-- reading, or to an estimate from the average when there was none. The next real reading settles an
-- estimate, so the dial is billed exactly once in the end, and a month is billed once per meter.
create table billing_consumption (
  meter_id   bigint not null references billing_meter (id),
  month      date not null check (extract(day from month) = 1),
  book_id    bigint not null,
  account_id bigint not null,
  service_id bigint not null,
  from_value numeric(12, 3) not null,
  to_value   numeric(12, 3) not null,
  reading_id bigint,
  estimated  boolean not null,
  primary key (meter_id, month)
);

-- A metered month that settles an estimate above the reading is a credit.
alter table billing_line drop constraint billing_line_amount_check;
alter table billing_line add constraint billing_line_amount_check check (amount <> 0);
