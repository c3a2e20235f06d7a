-- Who signs the municipality's documents. A new signatory ends the former one's term (until is set);
-- rows are never deleted, so an old certificate's signatory can always be named.
create table signatory (
  id              bigint generated always as identity primary key,
  municipality_id bigint not null references municipality (id),
  full_name       text not null check (length(full_name) between 3 and 200),
  position_ky     text not null check (length(position_ky) between 3 and 200),
  position_ru     text not null check (length(position_ru) between 3 and 200),
  since           timestamptz not null,
  until           timestamptz
);
create unique index signatory_current_idx on signatory (municipality_id) where until is null;

-- The Ed25519 key pair a municipality signs its certificates with. The public key is published at
-- /verify/keys; the private key never leaves the database (see docs/OPERATIONS.md on backups).
-- A new key retires the former one (retired_at), which stays published so older certificates verify.
create table signing_key (
  id              bigint generated always as identity primary key,
  municipality_id bigint not null references municipality (id),
  key_id          text not null unique check (key_id ~ '^[A-Z]{2,8}-[0-9]+$'),
  public_key      bytea not null,
  private_key     bytea not null,
  created_at      timestamptz not null,
  retired_at      timestamptz
);
create unique index signing_key_current_idx on signing_key (municipality_id) where retired_at is null;
