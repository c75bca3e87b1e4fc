-- One-time tracking links: the way in for a request's owner while its code is locked after
-- failed guesses. Sent to the phone or e-mail on file; only the SHA-256 of the token is kept.
create table tracking_link (
    token_hash         varchar(64)  primary key,
    request_id         varchar(36)  not null,
    created_at         timestamp with time zone not null,
    expires_at         timestamp with time zone not null,
    used_at            timestamp with time zone
);

create index tracking_link_request on tracking_link (request_id, created_at);
create index tracking_link_expires on tracking_link (expires_at);

-- Expired failures are purged for everyone on a schedule, by age.
create index tracking_failure_failed_at on tracking_failure (failed_at);
