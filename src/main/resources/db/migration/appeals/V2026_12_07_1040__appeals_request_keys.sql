-- Submission keys (web form, API, Open311 tokens) move to the one idempotency table
-- (shared_request_key), now scoped by municipality: the same key in two municipalities is two reports.
-- Fingerprints as kg.tereze.shared.IdempotentRequest computes them: category code, description.
insert into shared_request_key (municipality_id, kind, key, fingerprint, answer, created_at)
select r.municipality_id, 'appeals.report', r.submission_key,
       encode(sha256(convert_to(c.code || chr(31) || r.description, 'UTF8')), 'hex'), r.number, r.created_at
from appeals_report r join appeals_category c on c.id = r.category_id
where r.submission_key is not null and length(r.submission_key) <= 100;
alter table appeals_report drop column submission_key;
