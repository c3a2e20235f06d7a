-- Document control: journals per kind, each numbering its documents gaplessly per year (through
-- reference_counter, series DOC-<journal code>), correspondents, and the registration card.
create table documents_journal (
  id              bigint generated always as identity primary key,
  municipality_id bigint not null references municipality (id),
  kind            text   not null check (kind in ('INCOMING', 'OUTGOING', 'ORDER', 'APPEAL')),
  code            text   not null check (code ~ '^[A-Z][A-Z0-9_]{0,19}$'),
  name_ky         text   not null check (length(name_ky) between 1 and 200),
  name_ru         text   not null check (length(name_ru) between 1 and 200),
  name_en         text   not null check (length(name_en) between 1 and 200),
  -- printed before the number: the case index of the nomenclature, e.g. 01-12 gives 01-12/245
  number_prefix   text   not null default '' check (number_prefix ~ '^[0-9A-Za-zА-Яа-яЁёҢңӨөҮү./-]{0,20}$'),
  -- working days to answer (citizens' appeals: 14, Law No. 67 of 2007, Art. 8); null: no term
  term_days       int    check (term_days between 1 and 365),
  unique (municipality_id, code)
);

create table documents_correspondent (
  id              bigint generated always as identity primary key,
  municipality_id bigint not null references municipality (id),
  name            text   not null check (length(name) between 2 and 300),
  kind            text   not null check (kind in ('ORGANISATION', 'CITIZEN')),
  address         text   check (length(address) <= 300),
  phone           text   check (length(phone) <= 30)
);
create unique index documents_correspondent_name on documents_correspondent (municipality_id, lower(name));

create table documents_document (
  id                 bigint generated always as identity primary key,
  municipality_id    bigint      not null references municipality (id),
  journal_id         bigint      not null references documents_journal (id),
  year               int         not null,
  seq                int         not null check (seq > 0),
  number             text        not null,
  received_on        date        not null,
  registered_at      timestamptz not null,
  correspondent_id   bigint      references documents_correspondent (id),
  their_number       text        check (length(their_number) between 1 and 50),
  their_date         date,
  channel            text        not null check (channel in ('POST', 'HAND', 'EMAIL', 'EDOC', 'WHATSAPP', 'TELEGRAM', 'DESK')),
  language           text        not null check (language in ('ky', 'ru', 'en')),
  summary            text        not null check (length(summary) between 3 and 2000),
  sheets             int         not null check (sheets between 0 and 10000),
  restricted         boolean     not null default false,
  due_on             date,
  -- the number, the correspondent and the summary folded to one Latin key (as the household book's search)
  search_key         text        not null,
  registered_by      bigint      not null,
  registered_by_name text        not null,
  unique (journal_id, year, seq)
);
-- the same incoming letter (correspondent, their number and date) is registered once
create unique index documents_document_theirs on documents_document (municipality_id, correspondent_id, their_number, their_date)
  where their_number is not null;
create index documents_document_recent on documents_document (municipality_id, registered_at desc);
create index documents_document_search on documents_document using gin (municipality_id, search_key gin_trgm_ops);
