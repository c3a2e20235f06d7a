-- The household book. Membership, land and headship are kept with effective dates, so that a
-- household can be shown as it was on any past date; changes are added, never overwritten.
create extension if not exists pg_trgm;
create extension if not exists btree_gin;
create extension if not exists btree_gist;

create table household (
  id              bigint generated always as identity primary key,
  municipality_id bigint not null references municipality (id),
  book_number     text not null,
  village_id      bigint not null references village (id),
  street          text,
  house           text,
  apartment       text,
  dwelling        text,
  buildings       text,
  registered_on   date not null,
  closed_on       date,
  created_at      timestamptz not null,
  address_key     text not null,
  unique (municipality_id, book_number)
);
create index household_address_trgm on household using gin (municipality_id, address_key gin_trgm_ops);
create index household_village_idx on household (municipality_id, village_id);

create table person (
  id              bigint generated always as identity primary key,
  municipality_id bigint not null references municipality (id),
  pin             char(14),
  surname         text not null,
  given_name      text not null,
  patronymic      text,
  birth_date      date not null,
  sex             char(1) not null check (sex in ('F', 'M')),
  citizenship     char(3) not null default 'KGZ',
  id_document     text,
  phone           text,
  death_date      date check (death_date is null or death_date >= birth_date),
  created_at      timestamptz not null,
  search_key      text not null
);
-- A PIN names one person of a municipality; a person who moves between municipalities is
-- registered again by the new one after the old one records the move.
create unique index person_pin_idx on person (municipality_id, pin) where pin is not null;
create index person_pin_lookup on person (pin) where pin is not null;
create index person_search_trgm on person using gin (municipality_id, search_key gin_trgm_ops);

create table membership (
  id              bigint generated always as identity primary key,
  municipality_id bigint not null references municipality (id),
  household_id    bigint not null references household (id),
  person_id       bigint not null references person (id),
  relation        text not null check (relation in ('HEAD', 'SPOUSE', 'SON', 'DAUGHTER', 'FATHER', 'MOTHER',
                    'GRANDSON', 'GRANDDAUGHTER', 'BROTHER', 'SISTER', 'DAUGHTER_IN_LAW', 'SON_IN_LAW', 'GRANDFATHER',
                    'GRANDMOTHER', 'OTHER')),
  valid_from      date not null,
  valid_to        date check (valid_to is null or valid_to >= valid_from),
  -- nobody lives in two households at the same time
  exclude using gist (person_id with =, daterange(valid_from, valid_to, '[)') with &&)
);
create index membership_household_idx on membership (household_id, valid_from);
create index membership_person_idx on membership (person_id);
-- one head per household at a time
alter table membership add constraint membership_one_head
  exclude using gist (household_id with =, daterange(valid_from, valid_to, '[)') with &&) where (relation = 'HEAD');

create table land_plot (
  id                bigint generated always as identity primary key,
  municipality_id   bigint not null references municipality (id),
  household_id      bigint not null references household (id),
  cadastral_number  text,
  area_ha           numeric(12, 4) not null check (area_ha > 0 and area_ha < 100000),
  kind              text not null check (kind in ('HOMESTEAD', 'IRRIGATED', 'RAINFED', 'PASTURE', 'HAYFIELD')),
  tenure            text not null check (tenure in ('OWNED', 'RENTED')),
  valid_from        date not null,
  valid_to          date check (valid_to is null or valid_to >= valid_from)
);
create index land_plot_household_idx on land_plot (household_id);

-- A count per household and year; a recount is a new row, the latest recorded one counts.
create table livestock_count (
  id              bigint generated always as identity primary key,
  municipality_id bigint not null references municipality (id),
  household_id    bigint not null references household (id),
  year            int not null check (year between 1990 and 2200),
  counted_on      date not null,
  cattle          int not null default 0 check (cattle >= 0),
  horses          int not null default 0 check (horses >= 0),
  sheep_goats     int not null default 0 check (sheep_goats >= 0),
  yaks            int not null default 0 check (yaks >= 0),
  poultry         int not null default 0 check (poultry >= 0),
  recorded_at     timestamptz not null
);
create index livestock_household_idx on livestock_count (household_id, year, recorded_at desc);

-- The history timeline: every life event and correction with its effective date.
create table registry_event (
  id              bigint generated always as identity primary key,
  municipality_id bigint not null references municipality (id),
  household_id    bigint references household (id),
  person_id       bigint references person (id),
  kind            text not null,
  effective_date  date not null,
  details         text,
  recorded_at     timestamptz not null,
  recorded_by     text not null
);
create index registry_event_household_idx on registry_event (household_id, effective_date);
create index registry_event_person_idx on registry_event (person_id);

-- Imports: one row per file, so that the same file imported twice adds nothing.
create table registry_import (
  id              bigint generated always as identity primary key,
  municipality_id bigint not null references municipality (id),
  file_sha256     char(64) not null,
  file_name       text not null,
  households      int not null,
  persons         int not null,
  skipped_rows    int not null,
  imported_at     timestamptz not null,
  imported_by     text not null,
  unique (municipality_id, file_sha256)
);
