-- Notices printed in bulk for a village (or a whole book): a background job with its progress, whose
-- PDF is kept until it is downloaded or replaced by a newer batch.
create table billing_notice_batch (
  id              uuid primary key,
  book_id         bigint not null references ledger_book (id),
  municipality_id bigint not null references municipality (id),
  month           date not null check (extract(day from month) = 1),
  village_id      bigint,
  format          text not null check (format in ('A4', 'RECEIPT_80MM')),
  status          text not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
  done            int not null default 0,
  total           int not null default 0,
  pdf             bytea,
  error_key       text,
  started_by      bigint not null,
  started_by_name text not null,
  created_at      timestamptz not null,
  updated_at      timestamptz not null
);
create index billing_notice_batch_book_idx on billing_notice_batch (book_id, created_at desc);
