-- Append-only audit trail. Every entry carries the hash of the previous entry of its chain (one
-- chain per municipality, chain 0 for system-wide events), so that a row edited or deleted directly
-- in the database breaks the chain and is found by verification.
create table audit_entry (
  id              bigint generated always as identity primary key,
  chain_key       bigint not null,
  occurred_at     timestamptz not null,
  actor_user_id   bigint,
  actor           text not null,
  municipality_id bigint,
  action          text not null,
  entity_type     text not null,
  entity_id       text,
  before_state    text,
  after_state     text,
  prev_hash       char(64) not null,
  hash            char(64) not null
);
create index audit_entry_chain_idx on audit_entry (chain_key, id);
create index audit_entry_municipality_idx on audit_entry (municipality_id, id desc);

-- The application never changes an entry; refuse it at the database too. (A superuser can still
-- disable the trigger; the hash chain is what catches that.)
create function audit_entry_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'audit entries are append-only';
end $$;
create trigger audit_entry_no_update before update or delete on audit_entry
  for each row execute function audit_entry_immutable();
