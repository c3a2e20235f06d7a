-- A refund of an overpayment: the accountant authorises it against the account's credit, with the
-- reason and the document it rests on (the payer's application); a cashier pays it out of an open shift,
-- which posts the REFUND entry and prints the cash disbursement voucher. The money is in the ledger; this
-- row is the paperwork around it, so its status moves on.
create table refund (
  id                  bigint generated always as identity primary key,
  municipality_id     bigint not null references municipality (id),
  account_id          bigint not null,
  number              text not null,
  amount              bigint not null check (amount > 0),
  reason              text not null check (length(reason) between 1 and 500),
  basis               text not null check (length(basis) between 1 and 200),
  recipient_name      text not null check (length(recipient_name) between 1 and 200),
  status              text not null check (status in ('AUTHORISED', 'PAID', 'CANCELLED')),
  idempotency_key     text check (length(idempotency_key) <= 100),
  authorised_at       timestamptz not null,
  authorised_by       bigint not null,
  authorised_by_name  text not null,
  paid_at             timestamptz,
  shift_id            bigint references cash_shift (id),
  paid_by_name        text,
  recipient_document  text check (length(recipient_document) <= 100),
  ledger_entry_id     bigint,
  cancelled_at        timestamptz,
  cancelled_by_name   text,
  cancel_reason       text check (length(cancel_reason) <= 500),
  unique (municipality_id, number),
  unique (municipality_id, idempotency_key),
  check ((status = 'PAID') = (paid_at is not null and shift_id is not null and ledger_entry_id is not null)),
  check ((status = 'CANCELLED') = (cancelled_at is not null))
);
-- one refund waiting per account: a second would pay the same credit twice
create unique index refund_one_waiting_uq on refund (account_id) where status = 'AUTHORISED';
create index refund_municipality_idx on refund (municipality_id, status, authorised_at desc);
create index refund_shift_idx on refund (shift_id) where shift_id is not null;
