-- The citizen registry: the only place the national ID is stored. Every other table, process
-- variable and log line carries the opaque ref.
create table citizen (
    ref                varchar(36)  primary key,
    national_id        char(13)     not null,
    first_name_th      varchar(100) not null,
    last_name_th       varchar(100) not null,
    first_name_en      varchar(100),
    last_name_en       varchar(100),
    birth_date         date,
    address_line       varchar(300),
    subdistrict        varchar(100),
    district           varchar(100),
    province           varchar(100),
    postcode           varchar(5),
    phone              varchar(20),
    email              varchar(254),
    preferred_channel  varchar(10)  not null,
    preferred_language varchar(2)   not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    constraint citizen_national_id_unique unique (national_id)
);

create index citizen_phone on citizen (phone);
create index citizen_last_name_th on citizen (last_name_th);

create table citizen_consent (
    citizen_ref  varchar(36) not null references citizen (ref) on delete cascade,
    purpose      varchar(40) not null,
    given_at     timestamp with time zone not null,
    withdrawn_at timestamp with time zone,
    primary key (citizen_ref, purpose, given_at)
);
