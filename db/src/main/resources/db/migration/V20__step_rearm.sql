-- A published or withdrawn calendar year moves the due times of open steps too: the level changes
-- that makes are recorded beside those of their timers.
ALTER TABLE step_warning_event DROP CONSTRAINT ck_step_warning_event_cause;
ALTER TABLE step_warning_event ADD CONSTRAINT ck_step_warning_event_cause CHECK (
  cause IN ('STARTED', 'TIMER', 'STOPPED', 'CALENDAR_CHANGED'));

-- the open tasks in task id order, for the pass that re-arms steps after a calendar change
CREATE INDEX ix_work_task_open ON work_task (completed_at, task_id);
