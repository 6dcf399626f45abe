-- The metric of open tasks by their step's level (docs/operations.md) reads the open rows only.
CREATE INDEX ix_work_task_open_level ON work_task (completed_at, warning_level);
