-- The work queue's first two indexes (V4) no longer serve any query: every read by group or by
-- assignee goes through the ranked covering indexes (V42), whose leading columns are theirs. Each
-- was still written with every task opened, claimed and completed.
DROP INDEX ix_work_task_group ON work_task;
DROP INDEX ix_work_task_assignee ON work_task;
