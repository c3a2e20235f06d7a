-- What a certificate costs, as the council decided it, with history: the rate in force on a day is the
-- latest one that started on or before it. Exemptions name the categories of people who pay nothing.
create table certificate_fee_rate (
  id              bigint generated always as identity primary key,
  municipality_id bigint not null references municipality (id),
  type_code       text not null,
  fee             bigint not null check (fee >= 0 and fee <= 10000000),
  exemptions      text[] not null default '{}',
  valid_from      date not null,
  set_at          timestamptz not null,
  set_by          bigint not null,
  unique (municipality_id, type_code, valid_from)
);

-- How a certificate's fee was settled: by a paid ledger charge (used once only) or by an exemption.
create table certificate_fee (
  certificate_id     bigint primary key references certificate (id),
  fee                bigint not null,
  fee_entry_id       bigint unique,
  exemption          text,
  exemption_document text check (length(exemption_document) <= 200),
  check ((fee = 0) or (fee_entry_id is not null) or (exemption is not null))
);
