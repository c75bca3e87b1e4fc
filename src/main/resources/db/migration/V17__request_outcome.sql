-- How a request ended, as its model's end event declares it (request.outcome): APPROVED, REFUSED,
-- ANSWERED, LAPSED or WITHDRAWN, the end event's id, and when. Empty while the request runs.
alter table service_request add column outcome varchar(12);
alter table service_request add column outcome_end varchar(100);
alter table service_request add column outcome_at timestamp with time zone;
