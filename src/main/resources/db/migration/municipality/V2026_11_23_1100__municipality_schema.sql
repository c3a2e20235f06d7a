-- The state classifier of administrative-territorial units (СОАТЕ), loaded by the next migration.
create table soate_unit (
  code           char(14) primary key,
  level          text not null,
  parent_code    char(14),
  oblast_code    char(14),
  district_code  char(14),
  aimak_code     char(14),
  name_ru        text not null,
  short_ru       text not null,
  name_ky        text,
  name_en        text not null,
  former_name_ru text
);
create index soate_unit_parent_idx on soate_unit (parent_code);
create index soate_unit_aimak_idx on soate_unit (aimak_code);
create index soate_unit_level_idx on soate_unit (level);

-- A tenant: an aiyl aimak or a town that runs Tereze. Created when the system administrator activates it.
create table municipality (
  id            bigint generated always as identity primary key,
  soate_code    char(14) not null unique references soate_unit (code),
  code          varchar(8) not null unique check (code ~ '^[A-Z]{2,8}$'),
  name_ky       text not null,
  name_ru       text not null,
  name_en       text not null,
  district_code char(14),
  active        boolean not null default true,
  activated_at  timestamptz not null
);

-- The villages of a municipality, copied from the classifier at activation so that they keep their
-- ids (households point at them) when the classifier changes.
create table village (
  id              bigint generated always as identity primary key,
  municipality_id bigint not null references municipality (id),
  soate_code      char(14) references soate_unit (code),
  name_ky         text not null,
  name_ru         text not null,
  name_en         text not null,
  unique (municipality_id, soate_code)
);
create index village_municipality_idx on village (municipality_id);

-- Municipal enterprises (water, waste, other utilities). Each belongs to the municipality that
-- founded it; some serve the whole district.
create table enterprise (
  id                    bigint generated always as identity primary key,
  municipality_id       bigint not null references municipality (id),
  code                  varchar(16) not null unique check (code ~ '^[A-Z0-9]{2,16}$'),
  name_ky               text not null,
  name_ru               text not null,
  name_en               text not null,
  kind                  text not null check (kind in ('WATER', 'WASTE', 'HEATING', 'OTHER')),
  serves_whole_district boolean not null default false,
  created_at            timestamptz not null
);
create index enterprise_municipality_idx on enterprise (municipality_id);
