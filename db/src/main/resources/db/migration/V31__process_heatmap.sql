-- Time taken by each finished user task, kept as a histogram per day and per month of completion,
-- task, department, item and outcome (the outcome names the sequence flow taken after the task), so
-- that the process heatmap reads a few thousand rows for any period however many tasks finished:
-- whole months from the MONTH rows, the days at either end from the DAY rows. hours_class is whole
-- hours below 24 h and classes 10 % wide above (24 + floor(ln(hours / 24) / ln 1.1)).
CREATE TABLE task_duration (
  granularity     VARCHAR(5)  NOT NULL,
  period_start    DATE        NOT NULL,
  department_code VARCHAR(32) NOT NULL,
  item_code       VARCHAR(32) NOT NULL,
  task_key        VARCHAR(64) NOT NULL,
  outcome         VARCHAR(32) NOT NULL,
  hours_class     INT         NOT NULL,
  tasks           INT         NOT NULL,
  PRIMARY KEY (granularity, period_start, department_code, item_code, task_key, outcome,
               hours_class),
  CONSTRAINT ck_task_duration_granularity CHECK (
    granularity = 'DAY' OR (granularity = 'MONTH' AND DAYOFMONTH(period_start) = 1)),
  CONSTRAINT ck_task_duration_counts CHECK (hours_class >= 0 AND tasks > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The work queue keeps the item of each task, so that the work waiting at a task is counted for one
-- item from the index alone, without joining the applications.
ALTER TABLE work_task ADD COLUMN item_code VARCHAR(32) NULL;
UPDATE work_task w JOIN application a ON a.id = w.application_id SET w.item_code = a.item_code;

-- The work waiting at each task now, counted per task from the index alone, for every department
-- and item or one of them, and the applications waiting at one task listed longest waiting first.
CREATE INDEX ix_work_task_open_key
  ON work_task (completed_at, task_key, created_at, department_code, item_code);

-- The tasks completed before: their hours from the work queue's rows (times kept in UTC, days
-- counted in Asia/Shanghai), as TaskDurations would have added them.
INSERT INTO task_duration (granularity, period_start, department_code, item_code, task_key, outcome,
                           hours_class, tasks)
-- (the completion day is named apart from the granularity's literal 'DAY', which would make the
-- GROUP BY name ambiguous)
SELECT 'DAY', completed_on, department_code, item_code, task_key, outcome, hours_class, COUNT(*)
FROM (
  SELECT DATE(w.completed_at + INTERVAL 8 HOUR) AS completed_on, w.department_code, w.item_code,
    w.task_key,
    w.outcome,
    CASE
      WHEN TIMESTAMPDIFF(SECOND, w.created_at, w.completed_at) < 0 THEN 0
      WHEN TIMESTAMPDIFF(SECOND, w.created_at, w.completed_at) < 86400
        THEN FLOOR(TIMESTAMPDIFF(SECOND, w.created_at, w.completed_at) / 3600)
      ELSE 24 + FLOOR(LN(TIMESTAMPDIFF(SECOND, w.created_at, w.completed_at) / 86400) / LN(1.1))
    END AS hours_class
  FROM work_task w
  WHERE w.completed_at IS NOT NULL AND w.outcome IS NOT NULL AND w.item_code IS NOT NULL
    AND w.task_key IN ('accept', 'review', 'decide', 'specialProcedure',
                       'supplementBeforeAcceptance', 'supplementDuringReview')
) finished
GROUP BY completed_on, department_code, item_code, task_key, outcome, hours_class;

INSERT INTO task_duration (granularity, period_start, department_code, item_code, task_key, outcome,
                           hours_class, tasks)
SELECT 'MONTH', DATE_FORMAT(period_start, '%Y-%m-01'), department_code, item_code, task_key,
  outcome, hours_class, SUM(tasks)
FROM task_duration
WHERE granularity = 'DAY'
GROUP BY DATE_FORMAT(period_start, '%Y-%m-01'), department_code, item_code, task_key, outcome,
  hours_class;
