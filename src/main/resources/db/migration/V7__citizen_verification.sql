-- The outcome of checking a citizen against the civil registry, and when it was checked.
alter table citizen add column verification varchar(20);
alter table citizen add column verified_at timestamp with time zone;
