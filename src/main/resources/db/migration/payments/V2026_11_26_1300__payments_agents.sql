-- Payment agents (terminal networks, wallets) posting through the OSMP/QIWI provider protocol. Account
-- numbers are unique in the country, so an agent may serve every municipality, or only those listed.
create table payment_agent (
  id               bigint generated always as identity primary key,
  code             text not null unique check (code ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
  name             text not null,
  password_hash    text not null,
  ip_allow         text[],
  municipality_ids bigint[],
  min_sum          bigint not null default 100 check (min_sum > 0),
  max_sum          bigint not null default 10000000 check (max_sum >= min_sum),
  active           boolean not null default true,
  created_at       timestamptz not null
);

-- One row per (agent, txn_id): the idempotency key of the protocol. id is the prv_txn we answer.
create table agent_txn (
  id              bigint generated always as identity primary key,
  agent_id        bigint not null references payment_agent (id),
  txn_id          text not null,
  municipality_id bigint not null references municipality (id),
  account_id      bigint not null,
  amount          bigint not null check (amount > 0),
  txn_date        timestamp not null,
  received_at     timestamptz not null,
  ledger_entry_id bigint not null unique,
  unique (agent_id, txn_id)
);
create index agent_txn_agent_date_idx on agent_txn (agent_id, txn_date);
