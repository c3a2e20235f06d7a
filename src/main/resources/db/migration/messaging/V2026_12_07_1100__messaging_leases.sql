-- Background work is held through the one lease mechanism (kg.tereze.shared.Leases): a holder drawn
-- for each claim and the time its lease runs out. The outbox used to push next_attempt_at forward as
-- its lease, and the inbound worker used lease_until also as the time of the next try; each now keeps
-- the time of the next try apart from the lease.
alter table messaging_outbox add column lease_holder text, add column lease_until timestamptz;
alter table messaging_inbound add column lease_holder text, add column retry_at timestamptz;
update messaging_inbound set retry_at = lease_until, lease_until = null where state = 'NEW' and lease_until is not null;
