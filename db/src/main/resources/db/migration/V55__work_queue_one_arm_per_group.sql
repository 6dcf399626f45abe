-- The queue's order within a rank is by due time, steps without one last and oldest first. Each
-- group's arm was read as two: with a due time (in index order) and without one, which the index
-- could not order (due_at follows queue_rank), so every lookup read the whole group's range to find
-- the few steps without a due time. queue_due keeps the due time with the latest moment for none,
-- so that one index range gives the whole order: (queue_rank, queue_due, created_at, task_id).
ALTER TABLE work_task
  ADD COLUMN queue_due DATETIME GENERATED ALWAYS AS
    (COALESCE(due_at, TIMESTAMP '9999-12-31 23:59:59')) STORED;
CREATE INDEX ix_work_task_group_queue_due
  ON work_task (candidate_group, completed_at, assignee, queue_rank, queue_due, created_at, task_id,
                step, warning_level, item_code, application_number);
CREATE INDEX ix_work_task_assignee_queue_due
  ON work_task (assignee, completed_at, queue_rank, queue_due, created_at, task_id, step,
                warning_level, item_code, application_number);
DROP INDEX ix_work_task_group_ranked ON work_task;
DROP INDEX ix_work_task_assignee_ranked ON work_task;
-- a clerk's lookup by the number an applicant reads out: a few index entries, where the queue's
-- ranges hold every task of the group
CREATE INDEX ix_work_task_number ON work_task (application_number);
