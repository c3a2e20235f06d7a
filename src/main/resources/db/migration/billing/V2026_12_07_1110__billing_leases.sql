-- Billing runs and notice batches are held through the one lease mechanism (kg.tereze.shared.Leases):
-- a run whose node stopped is taken over by another once its lease runs out, not only at a restart.
alter table billing_run add column lease_holder text, add column lease_until timestamptz;
alter table billing_notice_batch add column lease_holder text, add column lease_until timestamptz;
create index billing_run_unfinished on billing_run (created_at) where status in ('QUEUED', 'RUNNING');
create index billing_notice_batch_unfinished on billing_notice_batch (created_at) where status in ('QUEUED', 'RUNNING');
