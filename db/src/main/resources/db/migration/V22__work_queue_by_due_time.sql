-- The clerk's work queue is read most urgent first: by the step's due time, within each arm of its
-- union (unclaimed tasks of a candidate group; tasks claimed by the clerk). The filters by step,
-- level, item and application number narrow the rows of these ranges.
CREATE INDEX ix_work_task_group_due
  ON work_task (candidate_group, completed_at, assignee, due_at, created_at);
CREATE INDEX ix_work_task_assignee_due
  ON work_task (assignee, completed_at, due_at, created_at);
