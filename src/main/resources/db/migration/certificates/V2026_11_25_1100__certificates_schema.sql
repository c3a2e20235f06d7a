-- Kinds of certificate a municipality issues. The built-in ones are copied to every municipality when
-- it is activated (built_in = true) and can be reworded there; a municipality adds its own.
-- Bodies are plain text with {{placeholders}} (see CertificateTemplate), one per print language.
create table certificate_type (
  id              bigint generated always as identity primary key,
  municipality_id bigint not null references municipality (id),
  code            text not null check (code ~ '^[A-Z][A-Z0-9_]{2,39}$'),
  name_ky         text not null check (length(name_ky) between 3 and 200),
  name_ru         text not null check (length(name_ru) between 3 and 200),
  name_en         text not null check (length(name_en) between 3 and 200),
  body_ky         text not null check (length(body_ky) between 1 and 8000),
  body_ru         text not null check (length(body_ru) between 1 and 8000),
  built_in        boolean not null,
  active          boolean not null default true,
  changed_at      timestamptz not null,
  unique (municipality_id, code)
);

-- An issued certificate, with everything it was issued from: a reprint renders the same page.
-- Rows are never updated; an annulment is a row of its own.
create table certificate (
  id                    bigint generated always as identity primary key,
  municipality_id       bigint not null references municipality (id),
  number                text not null,
  year                  int not null,
  type_code             text not null,
  title_ky              text not null,
  title_ru              text not null,
  title_en              text not null,
  person_id             bigint not null,
  person_pin            text,
  person_name           text not null,
  household_id          bigint not null,
  village_id            bigint not null,
  purpose               text,
  issued_on             date not null,
  issued_at             timestamptz not null,
  issued_by             bigint not null,
  issued_by_name        text not null,
  signatory_name        text not null,
  signatory_position_ky text not null,
  signatory_position_ru text not null,
  header_ky             text not null,
  header_ru             text not null,
  body_ky               text not null,
  body_ru               text not null,
  facts                 jsonb not null,
  signed_content        text not null,
  signature             bytea not null,
  key_id                text not null,
  verification_code     text not null unique check (verification_code ~ '^[0-9A-Z]{12}$'),
  unique (municipality_id, number)
);
create index certificate_journal_idx on certificate (municipality_id, issued_at desc);
create index certificate_person_idx on certificate (municipality_id, person_id);

create table certificate_annulment (
  certificate_id  bigint primary key references certificate (id),
  annulled_at     timestamptz not null,
  annulled_by     bigint not null,
  annulled_by_name text not null,
  reason          text not null check (length(reason) between 3 and 500)
);

create or replace function certificate_is_final() returns trigger language plpgsql as $$
begin
  raise exception 'issued certificates are never changed: annul and issue anew';
end $$;
create trigger certificate_final before update or delete on certificate
  for each row execute function certificate_is_final();
create trigger certificate_annulment_final before update or delete on certificate_annulment
  for each row execute function certificate_is_final();
