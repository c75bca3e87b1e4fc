-- An agency's callback may say why (a refusal's reason, for the applicant); kept with the rest, so a
-- repeat of the same callbackId is compared on everything it said.
alter table agency_callback add column reason varchar(2000);
