-- Messaging: the municipality's WhatsApp numbers and Telegram bots, what residents send in (stored
-- before the webhook is answered, processed after), their files, and what Tereze sends back (outbox).

create table messaging_channel (
    id              bigserial primary key,
    municipality_id bigint not null references municipality (id),
    kind            text   not null check (kind in ('WHATSAPP', 'TELEGRAM')),
    -- WhatsApp: the business number's phone_number_id; Telegram: the bot's user name.
    external_id     text   not null,
    -- Telegram: SHA-256 of the secret token the bot was given with setWebhook; it names the bot on each update.
    secret_hash     text,
    -- The bearer token (WhatsApp) or bot token (Telegram) used to send and to fetch files.
    send_token      text   not null,
    active          boolean not null default true,
    unique (kind, external_id)
);
create unique index messaging_channel_secret on messaging_channel (secret_hash) where secret_hash is not null;
create index messaging_channel_municipality on messaging_channel (municipality_id);

create table messaging_inbound (
    id              bigserial primary key,
    channel_id      bigint      not null references messaging_channel (id),
    -- The channel's own id of the message: a repeat delivery finds it and is stored no second time.
    external_id     text        not null,
    received_at     timestamptz not null,
    payload         text        not null,
    state           text        not null default 'NEW' check (state in ('NEW', 'DONE', 'FAILED')),
    attempts        int         not null default 0,
    lease_until     timestamptz,
    error           text,
    unique (channel_id, external_id)
);
create index messaging_inbound_new on messaging_inbound (id) where state = 'NEW';

create table messaging_contact (
    channel_id      bigint      not null references messaging_channel (id),
    address         text        not null,
    last_inbound_at timestamptz not null,
    primary key (channel_id, address)
);

create table messaging_media (
    id              bigserial primary key,
    municipality_id bigint      not null references municipality (id),
    code            text        not null unique,
    mime_type       text        not null,
    size_bytes      int         not null,
    content         bytea       not null,
    created_at      timestamptz not null
);

create table messaging_outbox (
    id              bigserial primary key,
    municipality_id bigint      not null references municipality (id),
    channel_id      bigint      not null references messaging_channel (id),
    recipient       text        not null,
    body            text        not null check (length(body) between 1 and 4096),
    -- The language of a WhatsApp template, when one must be used.
    language        text        not null default 'ky',
    state           text        not null default 'PENDING' check (state in ('PENDING', 'SENT', 'FAILED')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    -- How it went: TEXT inside WhatsApp's 24-hour window (and always on Telegram), TEMPLATE outside it.
    sent_as         text,
    external_id     text,
    created_at      timestamptz not null,
    sent_at         timestamptz
);
create index messaging_outbox_due on messaging_outbox (next_attempt_at) where state = 'PENDING';
