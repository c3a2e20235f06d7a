-- Billing: what an enterprise sells (services), at what price from when (tariffs), to whom
-- (subscriptions), and the monthly runs that turn them into charges in the ledger.

create table billing_service (
  id              bigint generated always as identity primary key,
  book_id         bigint not null references ledger_book (id),
  municipality_id bigint not null references municipality (id),
  code            text not null check (code ~ '^[A-Z0-9_]{1,32}$'),
  name_ky         text not null check (length(name_ky) between 1 and 120),
  name_ru         text not null check (length(name_ru) between 1 and 120),
  name_en         text not null check (length(name_en) between 1 and 120),
  basis           text not null check (basis in ('PER_PERSON', 'PER_M3', 'PER_HOUSEHOLD', 'FLAT', 'ONE_OFF')),
  created_at      timestamptz not null,
  unique (book_id, code)
);

-- A price per unit in tyiyn for one customer category over [valid_from, valid_to). Two tariffs of a
-- service and category never cover the same day.
create table billing_tariff (
  id          bigint generated always as identity primary key,
  service_id  bigint not null references billing_service (id),
  category    text not null check (category in ('HOUSEHOLD', 'BUDGET', 'BUSINESS')),
  price       bigint not null check (price > 0 and price <= 100000000),
  valid_from  date not null,
  valid_to    date check (valid_to is null or valid_to > valid_from),
  created_at  timestamptz not null,
  created_by  bigint,
  exclude using gist (service_id with =, category with =, daterange(valid_from, valid_to, '[)') with &&)
);

-- An account takes a service over [starts_on, ends_on). The number of persons comes from the household
-- register on the billing date unless it is overridden, and an override always says why.
create table billing_subscription (
  id               bigint generated always as identity primary key,
  book_id          bigint not null references ledger_book (id),
  account_id       bigint not null,
  service_id       bigint not null references billing_service (id),
  starts_on        date not null,
  ends_on          date check (ends_on is null or ends_on > starts_on),
  persons_override int check (persons_override between 0 and 99),
  override_reason  text check (length(override_reason) between 1 and 300),
  created_at       timestamptz not null,
  created_by       bigint,
  check ((persons_override is null) = (override_reason is null)),
  exclude using gist (account_id with =, service_id with =, daterange(starts_on, ends_on, '[)') with &&)
);
create index billing_subscription_book_idx on billing_subscription (book_id, account_id);

-- A billing run of one book for one month: a preview (nothing written but the totals) or a commit.
-- A commit works in chunks of accounts, each its own transaction; a rerun skips what is billed.
create table billing_run (
  id              uuid primary key,
  book_id         bigint not null references ledger_book (id),
  municipality_id bigint not null references municipality (id),
  month           date not null check (extract(day from month) = 1),
  mode            text not null check (mode in ('PREVIEW', 'COMMIT')),
  status          text not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
  billing_date    date not null,
  chunks_done     int not null default 0,
  chunks_total    int not null default 0,
  lines           int not null default 0,
  amount          bigint not null default 0,
  totals          jsonb,
  error_key       text,
  started_by      bigint not null,
  started_by_name text not null,
  language        text not null,
  created_at      timestamptz not null,
  updated_at      timestamptz not null
);
create index billing_run_book_idx on billing_run (book_id, created_at desc);

-- What a run charged: one line per account, service and month, never two (the rerun's guard). The
-- ledger entry it became carries the same key.
create table billing_line (
  id          bigint generated always as identity primary key,
  book_id     bigint not null references ledger_book (id),
  month       date not null,
  run_id      uuid not null references billing_run (id),
  account_id  bigint not null,
  service_id  bigint not null references billing_service (id),
  village_id  bigint,
  quantity    numeric(12, 3) not null,
  days        int not null,
  amount      bigint not null check (amount > 0),
  unique (book_id, month, account_id, service_id)
);
create index billing_line_run_idx on billing_line (run_id);
-- One run at a time per book: a second one waits for the first to finish.
create unique index billing_run_one_active_uq on billing_run (book_id) where status in ('QUEUED', 'RUNNING');
