-- The single window: the services a municipality offers at its desk, the queue of visitors (a ticket
-- on arrival, called by a clerk, served), and the applications that take days, with their history.

create table frontdesk_service (
    id               bigserial primary key,
    municipality_id  bigint  not null references municipality (id),
    code             text    not null check (code ~ '^[a-z][a-z0-9_]{1,39}$'),
    name_ky          text    not null check (length(name_ky) between 1 and 200),
    name_ru          text    not null check (length(name_ru) between 1 and 200),
    name_en          text    not null check (length(name_en) between 1 and 200),
    -- CERTIFICATE: issued on the spot (the certificate type names it); APPLICATION: takes days.
    kind             text    not null check (kind in ('CERTIFICATE', 'APPLICATION')),
    certificate_type text,
    documents_ky     text    not null default '' check (length(documents_ky) <= 2000),
    documents_ru     text    not null default '' check (length(documents_ru) <= 2000),
    -- Certificates take their fee from the certificate's fee rates; this is the fee of an application.
    fee_tyiyn        bigint  not null default 0 check (fee_tyiyn >= 0),
    deadline_days    int     not null default 0 check (deadline_days between 0 and 365),
    responsible_role text    not null,
    active           boolean not null default true,
    unique (municipality_id, code),
    check ((kind = 'CERTIFICATE') = (certificate_type is not null))
);

-- Queue tickets start again at 1 every day, one series per letter.
create table frontdesk_ticket_counter (
    municipality_id bigint not null references municipality (id),
    day             date   not null,
    letter          text   not null,
    last_number     int    not null,
    primary key (municipality_id, day, letter)
);

create table frontdesk_visit (
    id              bigserial primary key,
    municipality_id bigint      not null references municipality (id),
    day             date        not null,
    ticket          text        not null,
    service_id      bigint      not null references frontdesk_service (id),
    visitor_name    text        check (length(visitor_name) <= 200),
    arrived_at      timestamptz not null,
    called_at       timestamptz,
    served_at       timestamptz,
    clerk_id        bigint,
    status          text        not null check (status in ('WAITING', 'SERVING', 'SERVED', 'LEFT')),
    -- What the visit ended with: a certificate or application number.
    outcome         text,
    unique (municipality_id, day, ticket),
    check ((status = 'SERVED') = (served_at is not null))
);
create index frontdesk_visit_waiting on frontdesk_visit (municipality_id, arrived_at) where status = 'WAITING';
-- A clerk serves one visitor at a time.
create unique index frontdesk_visit_serving on frontdesk_visit (clerk_id) where status = 'SERVING';
create index frontdesk_visit_day on frontdesk_visit (municipality_id, day);

create table frontdesk_application (
    id              bigserial primary key,
    municipality_id bigint      not null references municipality (id),
    number          text        not null unique,
    service_id      bigint      not null references frontdesk_service (id),
    person_id       bigint,
    applicant_name  text        not null check (length(applicant_name) between 1 and 200),
    applicant_pin   text,
    phone           text,
    details         text        not null default '' check (length(details) <= 4000),
    status          text        not null check (status in ('REGISTERED', 'ASSIGNED', 'IN_PROGRESS', 'READY', 'HANDED_OVER', 'REJECTED')),
    assignee_id     bigint,
    visit_id        bigint      references frontdesk_visit (id),
    registered_at   timestamptz not null,
    registered_by   bigint      not null,
    due_on          date        not null,
    ready_at        timestamptz,
    closed_at       timestamptz,
    note            text,
    submission_key  text,
    unique (municipality_id, submission_key)
);
create index frontdesk_application_open on frontdesk_application (municipality_id, due_on)
    where status not in ('READY', 'HANDED_OVER', 'REJECTED');
create index frontdesk_application_recent on frontdesk_application (municipality_id, registered_at desc);

create table frontdesk_application_change (
    id             bigserial primary key,
    application_id bigint      not null references frontdesk_application (id),
    at             timestamptz not null,
    by_user        bigint      not null,
    from_status    text,
    to_status      text        not null,
    assignee_id    bigint,
    note           text,
    -- Whether a message to the applicant was queued with this change.
    told           boolean     not null default false
);
create index frontdesk_application_change_of on frontdesk_application_change (application_id, id);
