-- 绿色通道: the applications of key projects are marked in the clerks' queues and come first among
-- the work of the same warning level. The queue reads its arms in the order of queue_rank: the
-- step's level (RED 0, YELLOW 2, GREEN 4, none 6), green-channel work one before the rest of its
-- level; then by due time, then oldest first.
ALTER TABLE application ADD COLUMN green_channel BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE work_task
  ADD COLUMN green_channel BOOLEAN NOT NULL DEFAULT FALSE,
  ADD COLUMN queue_rank    TINYINT NOT NULL DEFAULT 7;

UPDATE work_task
SET queue_rank = CASE warning_level WHEN 'RED' THEN 0 WHEN 'YELLOW' THEN 2 WHEN 'GREEN' THEN 4
                 ELSE 6 END + 1;

CREATE INDEX ix_work_task_group_ranked
  ON work_task (candidate_group, completed_at, assignee, queue_rank, due_at, created_at, task_id,
                step, warning_level, item_code, application_number);
CREATE INDEX ix_work_task_assignee_ranked
  ON work_task (assignee, completed_at, queue_rank, due_at, created_at, task_id, step,
                warning_level, item_code, application_number);
-- served by the two above
DROP INDEX ix_work_task_group_queue ON work_task;
DROP INDEX ix_work_task_assignee_queue ON work_task;
