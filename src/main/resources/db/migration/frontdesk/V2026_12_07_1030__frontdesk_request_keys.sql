-- Submission keys move to the one idempotency table (shared_request_key), with fingerprints as
-- kg.tereze.shared.IdempotentRequest computes them: service code, applicant's PIN, details.
insert into shared_request_key (municipality_id, kind, key, fingerprint, answer, created_at)
select a.municipality_id, 'frontdesk.application', a.submission_key,
       encode(sha256(convert_to(s.code || chr(31) || coalesce(a.applicant_pin, '') || chr(31) || coalesce(a.details, ''), 'UTF8')), 'hex'),
       a.number, a.registered_at
from frontdesk_application a join frontdesk_service s on s.id = a.service_id
where a.submission_key is not null;
alter table frontdesk_application drop column submission_key;
