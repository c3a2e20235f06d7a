-- A day of an agent's payments set against the registry file the agent sent: what is missing on
-- either side and what differs. Each upload is kept with its findings, so the month's checks can
-- be shown to an auditor; a later upload of the same day is a new check, not an overwrite.
create table agent_reconciliation (
    id              bigint generated always as identity primary key,
    municipality_id bigint      not null references municipality (id),
    agent_id        bigint      not null references payment_agent (id),
    day             date        not null,
    file_name       text        not null,
    file_sha256     text        not null,
    uploaded_by     bigint      not null,
    uploaded_at     timestamptz not null,
    rows_in_file    int         not null,
    -- Rows of accounts of other municipalities: the agent's registry covers all it serves.
    other_rows      int         not null,
    matched         int         not null,
    matched_amount  bigint      not null,
    missing_here    int         not null,
    missing_there   int         not null,
    mismatched      int         not null,
    bad_rows        int         not null
);
create index agent_reconciliation_recent on agent_reconciliation (municipality_id, day desc, id desc);

create table agent_reconciliation_item (
    id                bigint generated always as identity primary key,
    reconciliation_id bigint not null references agent_reconciliation (id),
    -- MISSING_HERE: the agent took it, Tereze has no payment; MISSING_THERE: Tereze posted it, the
    -- registry does not list it; MISMATCH: both have it with another account or sum; BAD_ROW: unreadable.
    kind              text   not null check (kind in ('MISSING_HERE', 'MISSING_THERE', 'MISMATCH', 'BAD_ROW')),
    row_no            int,
    txn_id            text,
    account           text,
    file_amount       bigint,
    our_amount        bigint,
    our_account       text,
    txn_date          timestamp,
    reason            text
);
create index agent_reconciliation_item_of on agent_reconciliation_item (reconciliation_id, id);
