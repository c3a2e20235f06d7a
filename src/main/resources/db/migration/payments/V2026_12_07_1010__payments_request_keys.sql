-- Keys of cash payments, agents' txn_ids and refunds move to the one idempotency table
-- (shared_request_key), with fingerprints computed as kg.tereze.shared.IdempotentRequest does:
-- SHA-256 of the fields' text joined by U+001F. A retry sent after the upgrade still finds its first answer.
insert into shared_request_key (municipality_id, kind, key, fingerprint, answer, created_at)
select municipality_id, 'payments.cash', idempotency_key,
       encode(sha256(convert_to(account_id::text || chr(31) || amount::text, 'UTF8')), 'hex'), receipt_number, paid_at
from payment where channel = 'CASH';
alter table payment drop column idempotency_key;

insert into shared_request_key (municipality_id, kind, key, fingerprint, answer, created_at)
select 0,
       case when txn_id like 'key:%' then 'payments.agent-api:' else 'payments.agent:' end || agent_id,
       case when txn_id like 'key:%' then substr(txn_id, 5) else txn_id end,
       encode(sha256(convert_to(account_id::text || chr(31) || amount::text, 'UTF8')), 'hex'), id::text, received_at
from agent_txn;

insert into shared_request_key (municipality_id, kind, key, fingerprint, answer, created_at)
select municipality_id, 'payments.refund', idempotency_key,
       encode(sha256(convert_to(account_id::text || chr(31) || amount::text, 'UTF8')), 'hex'), number, authorised_at
from refund where idempotency_key is not null;
alter table refund drop column idempotency_key;
