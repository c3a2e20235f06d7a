-- Import jobs are held through the one lease mechanism (kg.tereze.shared.Leases).
alter table registry_import_job add column lease_holder text, add column lease_until timestamptz;
create index registry_import_job_unfinished on registry_import_job (created_at) where status in ('QUEUED', 'RUNNING');
