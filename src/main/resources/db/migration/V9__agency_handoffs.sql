-- Hand-off receipts: every time a case goes to an agency (a call to its system, a step offered to
-- its workers or officers) or comes back from it (an answer, a callback, a completed step).
-- "Who has the case, since when" is the latest receipt of a process instance.
create table agency_handoff (
    id               varchar(36)  primary key,
    agency_code      varchar(64)  not null,
    direction        varchar(3)   not null,
    operation        varchar(100) not null,
    process_instance varchar(64)  not null,
    business_key     varchar(255),
    step             varchar(255) not null,
    visit            int          not null,
    idempotency_key  varchar(100) not null,
    payload_hash     varchar(64)  not null,
    outcome          varchar(20)  not null,
    detail           varchar(500),
    attempts         int          not null,
    step_open        boolean      not null,
    started_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null
);

create index agency_handoff_case on agency_handoff (process_instance, started_at);
create index agency_handoff_visit on agency_handoff (process_instance, step, operation, step_open);
create unique index agency_handoff_key on agency_handoff (agency_code, direction, idempotency_key);

-- Callbacks agencies post when they answer later. Each is kept, whatever happened to it, so an
-- unknown or early callback can be inspected (and is correlated when the agency sends it again).
create table agency_callback (
    agency_code      varchar(64)  not null,
    callback_id      varchar(100) not null,
    event            varchar(100) not null,
    reference        varchar(100) not null,
    outcome          varchar(100),
    agency_reference varchar(100),
    status           varchar(20)  not null,
    attempts         int          not null,
    received_at      timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    primary key (agency_code, callback_id)
);

create index agency_callback_status on agency_callback (status, updated_at);
