-- What a clerk's queue shows of each task: its outcomes, which for the accept task depend on the
-- handling type (INSTANT items are decided there).
ALTER TABLE work_task ADD COLUMN handling_type VARCHAR(16) NULL;
UPDATE work_task w JOIN application a ON a.id = w.application_id
SET w.handling_type = a.handling_type;
