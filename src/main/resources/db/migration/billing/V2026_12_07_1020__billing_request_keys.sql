-- Reading keys move to the one idempotency table (shared_request_key), scoped by municipality, with
-- fingerprints as kg.tereze.shared.IdempotentRequest computes them: meter, date, value without
-- trailing zeros, joined by U+001F and hashed with SHA-256.
insert into shared_request_key (municipality_id, kind, key, fingerprint, answer, created_at)
select a.municipality_id, 'billing.reading', r.idempotency_key,
       encode(sha256(convert_to(r.meter_id::text || chr(31) || r.read_on::text || chr(31) || trim_scale(r.value)::text, 'UTF8')), 'hex'),
       r.id::text, r.created_at
from billing_reading r
join billing_meter m on m.id = r.meter_id
join ledger_account_v a on a.id = m.account_id
where r.idempotency_key is not null
on conflict do nothing;
alter table billing_reading drop column idempotency_key;
