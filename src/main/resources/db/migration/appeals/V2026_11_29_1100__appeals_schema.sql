-- Appeals: residents' conversations (threaded by resident and channel), problem reports with their
-- categories, deadlines and history, and the keys Open311 clients post with.

create table appeals_category (
    id              bigserial primary key,
    municipality_id bigint  not null references municipality (id),
    -- Open311's service_code.
    code            text    not null check (code ~ '^[a-z][a-z0-9_]{1,39}$'),
    name_ky         text    not null,
    name_ru         text    not null,
    name_en         text    not null,
    sla_hours       int     not null check (sla_hours between 1 and 8760),
    -- Besides clerks and the head, who works on reports of this category (ACCOUNTANT for water, say).
    role            text,
    active          boolean not null default true,
    unique (municipality_id, code)
);

create table appeals_thread (
    id              bigserial primary key,
    municipality_id bigint      not null references municipality (id),
    channel         text        not null check (channel in ('WHATSAPP', 'TELEGRAM')),
    channel_id      bigint      not null,
    address         text        not null,
    name            text,
    phone           text,
    person_id       bigint,
    last_message_at timestamptz not null,
    -- A resident's message no one has answered yet.
    waiting         boolean     not null default true,
    unique (channel_id, address)
);
create index appeals_thread_recent on appeals_thread (municipality_id, last_message_at desc);

create table appeals_message (
    id              bigserial primary key,
    thread_id       bigint      not null references appeals_thread (id),
    direction       text        not null check (direction in ('IN', 'OUT')),
    external_id     text,
    body            text,
    latitude        double precision,
    longitude       double precision,
    place           text,
    media           text[]      not null default '{}',
    staff_user_id   bigint,
    outbox_id       bigint,
    automatic       boolean     not null default false,
    at              timestamptz not null,
    unique (thread_id, external_id)
);
create index appeals_message_thread on appeals_message (thread_id, at, id);

create table appeals_report (
    id               bigserial primary key,
    municipality_id  bigint      not null references municipality (id),
    number           text        not null unique,
    category_id      bigint      not null references appeals_category (id),
    description      text        not null check (length(description) between 1 and 4000),
    latitude         double precision,
    longitude        double precision,
    village_id       bigint,
    address          text,
    status           text        not null check (status in ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'REJECTED', 'CLOSED')),
    source           text        not null check (source in ('WHATSAPP', 'TELEGRAM', 'WEB', 'OPEN311', 'DESK')),
    thread_id        bigint      references appeals_thread (id),
    reporter_name    text,
    reporter_phone   text,
    reporter_email   text,
    assigned_user_id bigint,
    public_note      text,
    duplicate_of     bigint      references appeals_report (id),
    -- A web form's or an Open311 client's key: the same submission twice makes one report.
    submission_key   text        unique,
    created_at       timestamptz not null,
    due_at           timestamptz not null,
    resolved_at      timestamptz,
    updated_at       timestamptz not null
);
create index appeals_report_open on appeals_report (municipality_id, status, due_at);
create index appeals_report_created on appeals_report (municipality_id, created_at desc);

create table appeals_report_photo (
    report_id  bigint not null references appeals_report (id),
    media_code text   not null,
    primary key (report_id, media_code)
);

create table appeals_report_change (
    id               bigserial primary key,
    report_id        bigint      not null references appeals_report (id),
    at               timestamptz not null,
    user_id          bigint,
    from_status      text,
    to_status        text        not null,
    assigned_user_id bigint,
    note             text
);
create index appeals_report_change_report on appeals_report_change (report_id, at, id);

create table appeals_api_key (
    id              bigserial primary key,
    municipality_id bigint      not null references municipality (id),
    name            text        not null,
    key_hash        text        not null unique,
    created_at      timestamptz not null
);
