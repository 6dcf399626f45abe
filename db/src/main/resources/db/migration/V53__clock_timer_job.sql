-- The engine job that turns an application's warning level next (YELLOW or RED at the exact moment,
-- DESIGN.md §5): one plain timer job of the engine per running clock, found by its id here, so that
-- re-arming it is one lookup by primary key. NULL while no timer is armed (RED, paused, stopped).
ALTER TABLE application_clock ADD COLUMN timer_job_id VARCHAR(64) NULL;
