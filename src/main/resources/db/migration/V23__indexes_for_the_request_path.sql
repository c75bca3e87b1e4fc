-- Lookups made on every step of every request that read a whole table without these, found by
-- profiling the history generator: each new message numbers itself by its request's earlier ones,
-- the read model finds a request's facts by tracking code, and counts a request's disputes.
create index notification_outbox_process on notification_outbox (process_instance, template);
create index request_fact_tracking_code on request_fact (tracking_code);
create index dispute_request on dispute (request_id);
