-- Resolutions and control of execution: the head's resolution puts a document on control with one
-- responsible executor and co-executors, each an assignment with a deadline (the first one kept when
-- the head extends it); an executor reports, with the answer where there is one; the head or the
-- records keeper takes the document off control. Every step is a row of documents_event.
alter table documents_document
  add column on_control       boolean not null default false,
  add column taken_off_at     timestamptz,
  add column taken_off_by     text,
  add column answer_id        bigint references documents_document (id);

create table documents_assignment (
  id               bigint generated always as identity primary key,
  municipality_id  bigint      not null references municipality (id),
  document_id      bigint      not null references documents_document (id),
  executor_id      bigint      not null,
  executor_name    text        not null,
  responsible      boolean     not null,
  instruction      text        not null check (length(instruction) between 3 and 2000),
  due_on           date        not null,
  first_due_on     date        not null,
  status           text        not null check (status in ('OPEN', 'DONE')),
  report           text        check (length(report) <= 2000),
  done_at          timestamptz,
  created_at       timestamptz not null,
  created_by_name  text        not null,
  check ((status = 'DONE') = (done_at is not null))
);
create unique index documents_assignment_one_responsible on documents_assignment (document_id) where responsible;
create index documents_assignment_mine on documents_assignment (municipality_id, executor_id, status, due_on);

create table documents_event (
  id              bigint generated always as identity primary key,
  municipality_id bigint      not null references municipality (id),
  document_id     bigint      not null references documents_document (id),
  at              timestamptz not null,
  actor           text        not null,
  kind            text        not null check (kind in ('REGISTERED', 'RESOLVED', 'REPORTED', 'EXTENDED', 'TAKEN_OFF')),
  details         text        check (length(details) <= 2000)
);
create index documents_event_document on documents_event (document_id, at);
