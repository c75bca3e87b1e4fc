-- The request record: what every channel files through intake, keyed by our own id (the process's
-- business key) and found by the citizen's tracking code. No personal data: the citizen by ref.
create table service_request (
    id                 varchar(36)  primary key,
    tracking_code      varchar(14)  not null,
    service_code       varchar(100) not null,
    channel            varchar(10)  not null,
    citizen_ref        varchar(36)  not null,
    process_instance   varchar(64),
    idempotency_key    varchar(100),
    payload_hash       varchar(64)  not null,
    received_at        timestamp with time zone not null
);

create unique index service_request_tracking_code on service_request (tracking_code);
create unique index service_request_idempotency on service_request (idempotency_key);
create index service_request_citizen on service_request (citizen_ref, received_at);
create index service_request_process on service_request (process_instance);

-- Failed tracking look-ups, by code and by client, for rate limiting (kept for a day).
create table tracking_failure (
    subject            varchar(100) not null,
    failed_at          timestamp with time zone not null
);

create index tracking_failure_subject on tracking_failure (subject, failed_at);
