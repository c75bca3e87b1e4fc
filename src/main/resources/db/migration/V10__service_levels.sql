-- Service-level clocks: one per request (the service's time limit, kind SERVICE) and one per visit
-- of a step that has a time limit (kind STEP). This is the SLA read model too: due instant, when the
-- warning and the breach happened, when the clock stopped. Deadlines are derived from started_at,
-- time_limit and paused_minutes with the calendar in force, so they can be recalculated when the
-- holiday data changes.
create table sla_clock (
    id                   varchar(36)  primary key,
    kind                 varchar(10)  not null,
    process_instance     varchar(64)  not null,
    business_key         varchar(255),
    service_code         varchar(100) not null,
    step                 varchar(255),
    activity_instance    varchar(255),
    step_name            varchar(500),
    agency_code          varchar(64),
    time_limit           varchar(40)  not null,
    started_at           timestamp with time zone not null,
    paused_since         timestamp with time zone,
    paused_minutes       bigint       not null,
    warn_at              timestamp with time zone not null,
    due_at               timestamp with time zone not null,
    warned_at            timestamp with time zone,
    breached_at          timestamp with time zone,
    ended_at             timestamp with time zone,
    delay_reason         varchar(1000)
);

create index sla_clock_case on sla_clock (process_instance, started_at);
create unique index sla_clock_visit on sla_clock (activity_instance);
create index sla_clock_open on sla_clock (ended_at, due_at);

-- Breach records: a step or a service that passed its limit (the actual end is filled in when it
-- finally ends). Supervisors and insight read them; nothing is ever deleted.
create table sla_breach (
    id                   varchar(36)  primary key,
    clock_id             varchar(36)  not null references sla_clock (id),
    kind                 varchar(10)  not null,
    process_instance     varchar(64)  not null,
    service_code         varchar(100) not null,
    step                 varchar(255),
    step_name            varchar(500),
    agency_code          varchar(64),
    due_at               timestamp with time zone not null,
    breached_at          timestamp with time zone not null,
    actual_at            timestamp with time zone
);

create index sla_breach_time on sla_breach (breached_at);

-- Statutory delay notices (Licensing Facilitation Act B.E. 2558, section 10): when a decision passes
-- the service's time limit the applicant is told why, every 7 days until the decision. These rows
-- are the copy kept for the OPDC report.
create table sla_delay_notice (
    id                   varchar(36)  primary key,
    clock_id             varchar(36)  not null references sla_clock (id),
    process_instance     varchar(64)  not null,
    business_key         varchar(255),
    service_code         varchar(100) not null,
    sequence             int          not null,
    due_at               timestamp with time zone not null,
    issued_at            timestamp with time zone not null,
    reason_th            varchar(1000) not null,
    reason_en            varchar(1000) not null
);

create unique index sla_delay_notice_sequence on sla_delay_notice (clock_id, sequence);
create index sla_delay_notice_time on sla_delay_notice (issued_at);

-- The job executor acquires due jobs in due-date order, timers first (application.yaml); this index
-- lets it find them without scanning every job when thousands are waiting.
create index cirm_job_acquisition on ACT_RU_JOB (DUEDATE_);
