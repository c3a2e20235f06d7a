-- One table for every request from outside that may arrive more than once (payments, readings,
-- applications, reports, refunds, tablet records): the key the sender gave, scoped by municipality
-- (0: a scope wider than one, such as a payment agent) and by kind, a fingerprint of what was asked
-- and a reference to what the first request made. kg.tereze.shared.Idempotency is its only user.
create table shared_request_key (
  municipality_id bigint      not null,
  kind            text        not null check (kind ~ '^[a-z][a-z0-9_.:-]{0,63}$'),
  key             text        not null check (length(key) between 1 and 100),
  fingerprint     text        not null check (length(fingerprint) = 64),
  answer          text        not null,
  created_at      timestamptz not null,
  primary key (municipality_id, kind, key)
);
