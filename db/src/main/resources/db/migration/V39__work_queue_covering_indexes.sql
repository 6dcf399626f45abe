-- The clerk's work queue, read most urgent first from two kinds of arms: the unclaimed open work
-- of each of the clerk's groups, and the clerk's own claimed open work. Each arm is read in the
-- order of its index (due time, then creation, then the task id) and stops at the page's end; the
-- filters (step, level, item, number) are checked on the index's own columns, so neither a page
-- nor a count reads a table row for a task it does not show, however many tasks wait.
CREATE INDEX ix_work_task_group_queue
  ON work_task (candidate_group, completed_at, assignee, due_at, created_at, task_id, step,
                warning_level, item_code, application_number);
CREATE INDEX ix_work_task_assignee_queue
  ON work_task (assignee, completed_at, due_at, created_at, task_id, step, warning_level,
                item_code, application_number);
-- served by the two above
DROP INDEX ix_work_task_group_due ON work_task;
DROP INDEX ix_work_task_assignee_due ON work_task;
DROP INDEX ix_work_task_group_level ON work_task;
DROP INDEX ix_work_task_assignee_level ON work_task;
