-- An import runs in the background: the registry keeper can leave the page and come back; a job
-- interrupted by a restart is run again (an import is idempotent, so nothing is doubled).
create table registry_import_job (
  id              uuid primary key,
  municipality_id bigint not null references municipality (id),
  user_id         bigint not null,
  username        text not null,
  upload_id       uuid not null,
  mode            text not null,
  language        varchar(2) not null,
  status          text not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
  phase           text,
  done            int not null default 0,
  total           int not null default 0,
  report          text,
  created_at      timestamptz not null,
  updated_at      timestamptz not null
);
create index registry_import_job_open_idx on registry_import_job (status) where status in ('QUEUED', 'RUNNING');
