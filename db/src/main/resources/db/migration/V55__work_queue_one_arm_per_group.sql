-- The queue's order within a rank is by due time, steps without one last and oldest first. Each
-- group's arm was read as two: with a due time (in index order) and without one, which the index
-- could not order (due_at follows queue_rank), so every lookup read the whole group's range to find
-- the few steps without a due time. queue_due keeps the due time with the latest moment for none,
-- so that one index range gives the whole order: (queue_rank, queue_due, created_at, task_id).
-- One statement: one copy of the table, and nothing half done if it fails.
ALTER TABLE work_task
  ADD COLUMN queue_due DATETIME GENERATED ALWAYS AS
    (COALESCE(due_at, TIMESTAMP '9999-12-31 23:59:59')) STORED,
  ADD INDEX ix_work_task_group_queue_due
    (candidate_group, completed_at, assignee, queue_rank, queue_due, created_at, task_id, step,
     warning_level, item_code, application_number),
  ADD INDEX ix_work_task_assignee_queue_due
    (assignee, completed_at, queue_rank, queue_due, created_at, task_id, step, warning_level,
     item_code, application_number),
  -- a clerk's lookup by the number an applicant reads out: a few index entries, where the queue's
  -- ranges hold every task of the group
  ADD INDEX ix_work_task_number (application_number),
  DROP INDEX ix_work_task_group_ranked,
  DROP INDEX ix_work_task_assignee_ranked;
