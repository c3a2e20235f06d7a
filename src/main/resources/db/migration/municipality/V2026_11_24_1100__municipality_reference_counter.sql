-- Gapless reference numbers per municipality, series and year (KAR-2026-000123). The counter row is
-- incremented in the issuing transaction: concurrent issuers queue on its row lock, and a rolled-back
-- issue rolls its number back too, so no number is ever skipped or given twice.
create table reference_counter (
  municipality_id bigint not null references municipality (id),
  series          text not null check (series ~ '^[A-Z]{1,12}$'),
  year            int not null check (year between 2000 and 2200),
  last_number     int not null check (last_number > 0),
  primary key (municipality_id, series, year)
);
