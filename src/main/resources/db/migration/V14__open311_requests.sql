-- Requests filed through the Open311 GeoReport v2 API, by client: a client lists and reads the
-- requests it filed, never others'.
create table open311_request (
    tracking_code      varchar(14)  primary key,
    client             varchar(100) not null,
    filed_at           timestamp with time zone not null
);

create index open311_request_client on open311_request (client, filed_at);
