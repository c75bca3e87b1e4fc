-- A request started at a counter or on the hotline may have no registered applicant (an anonymous
-- complaint): it has a record and a tracking code, but nobody can track it with a second factor.
alter table service_request alter column citizen_ref drop not null;
