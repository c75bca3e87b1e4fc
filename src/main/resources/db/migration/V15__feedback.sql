-- Citizens' ratings of a request (1-5, with a comment) and of the steps they saw, and their
-- disputes of a close that was not done. By request id and service: no personal data beyond what
-- the citizen chose to write in the comment, which erasure removes with the request's citizen.
create table satisfaction_rating (
    id                 varchar(36)   primary key,
    request_id         varchar(36)   not null,
    service_code       varchar(100)  not null,
    rating             int           not null,
    comment            varchar(2000),
    rated_at           timestamp with time zone not null
);

create unique index satisfaction_rating_request on satisfaction_rating (request_id);
create index satisfaction_rating_time on satisfaction_rating (rated_at);

create table step_rating (
    rating_id          varchar(36)   not null references satisfaction_rating (id),
    step               varchar(255)  not null,
    rating             int           not null,
    primary key (rating_id, step)
);

create table dispute (
    id                 varchar(36)   primary key,
    request_id         varchar(36)   not null,
    service_code       varchar(100)  not null,
    reason             varchar(2000) not null,
    disputed_at        timestamp with time zone not null
);

create index dispute_time on dispute (disputed_at);
