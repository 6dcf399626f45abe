-- the public scoreboard counts a period's applications from these indexes alone, without reading
-- the rows: by submission, with the item (uploads saved) and the channel (taken nearby, in person);
-- by finish, with the status, the item (registrations), the channel and the result's delivery
-- (without a visit) and both deadlines (on time)
CREATE INDEX ix_application_submitted ON application (submitted_at, item_code, channel);

ALTER TABLE application
  DROP INDEX ix_application_finished,
  ADD INDEX ix_application_finished
    (finished_at, status, item_code, channel, result_delivery, deadline, legal_deadline);
