-- A spreadsheet kept between the dry run and the import, so that the registry keeper does not upload it twice.
create table registry_import_upload (
  id              uuid primary key,
  municipality_id bigint not null references municipality (id),
  uploaded_by     text not null,
  file_name       text not null,
  content         bytea not null,
  uploaded_at     timestamptz not null
);
create index registry_import_upload_age_idx on registry_import_upload (uploaded_at);
