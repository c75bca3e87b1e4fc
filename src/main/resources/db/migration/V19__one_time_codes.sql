-- "My requests": a citizen proves who they are with national ID and birth date, then with a
-- six-digit code sent to the phone or e-mail on file. A challenge is kept whether or not the
-- details matched (citizen_ref empty), so no answer tells whether someone is registered. Only
-- SHA-256 hashes of the challenge and of challenge + code are kept.
create table one_time_code (
    challenge_hash     varchar(64)  primary key,
    citizen_ref        varchar(36),
    code_hash          varchar(64)  not null,
    created_at         timestamp with time zone not null,
    expires_at         timestamp with time zone not null,
    attempts           int          not null,
    used_at            timestamp with time zone
);

create index one_time_code_citizen on one_time_code (citizen_ref, created_at);
create index one_time_code_expires on one_time_code (expires_at);
