-- Notifications waiting to go out, and the record of those sent. A row is written in the same
-- transaction as what it tells (a rolled-back step never sends) and sent after commit, retried
-- until it goes or is given up. It names its recipient by citizen ref or officer id, never by an
-- address: addresses are read from their owners when the message is sent.
create table notification_outbox (
    id                 varchar(36)   primary key,
    dedup_key          varchar(200)  not null,
    recipient_kind     varchar(10)   not null,
    recipient          varchar(100)  not null,
    channel            varchar(10)   not null,
    language           varchar(2)    not null,
    template           varchar(60)   not null,
    params             varchar(4000) not null,
    process_instance   varchar(64),
    status             varchar(15)   not null,
    attempts           int           not null,
    next_attempt_at    timestamp with time zone not null,
    created_at         timestamp with time zone not null,
    sent_at            timestamp with time zone,
    last_error         varchar(500)
);

create unique index notification_outbox_dedup on notification_outbox (dedup_key);
create index notification_outbox_due on notification_outbox (status, next_attempt_at);
create index notification_outbox_recipient on notification_outbox (recipient);
