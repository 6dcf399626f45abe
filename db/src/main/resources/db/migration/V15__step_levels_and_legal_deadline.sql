-- What a clerk's queue shows of each task: its outcomes, which for the accept task depend on the
-- handling type (INSTANT items are decided there).
ALTER TABLE work_task ADD COLUMN handling_type VARCHAR(16) NULL;
UPDATE work_task w JOIN application a ON a.id = w.application_id
SET w.handling_type = a.handling_type;

-- The deadline under the item's legal limit is derived from the same ledger as the one under the
-- promised limit the clock runs on (same pauses, same extensions): each clock keeps its legal
-- limit, fixed at acceptance like the promised one.
ALTER TABLE application_clock ADD COLUMN legal_limit INT NULL;
UPDATE application_clock c
  JOIN application a ON a.id = c.application_id
  JOIN service_item i ON i.code = a.item_code
SET c.legal_limit = GREATEST(i.legal_limit, c.limit_value);
ALTER TABLE application_clock MODIFY legal_limit INT NOT NULL;
ALTER TABLE application_clock ADD CONSTRAINT ck_clock_legal_limit CHECK (legal_limit >= limit_value);

-- The application keeps a copy of the legal deadline for lists, and when its clock's open pause
-- began: a paused clock keeps its state, so it counts as past its legal deadline only if that
-- deadline had passed when it paused. The legal deadline of applications accepted before is
-- filled in at start-up (it needs the working-day calendar).
ALTER TABLE application
  ADD COLUMN legal_deadline  DATETIME NULL,
  ADD COLUMN clock_paused_at DATETIME NULL;
UPDATE application a
  JOIN clock_segment s ON s.application_id = a.id AND s.kind = 'PAUSED' AND s.ended_at IS NULL
SET a.clock_paused_at = s.started_at
WHERE a.clock_paused;

-- open applications past their legal deadline, counted and listed nearest deadline first
CREATE INDEX ix_application_open_legal
  ON application (status, legal_deadline, clock_paused_at, department_code, item_code);

-- Steps carry their own limits and levels (DESIGN.md §5): the engine's timers on each task (task
-- timeout listeners of standard-approval) change the level kept on work_task, and every change is
-- recorded here. Tasks of process instances started on an earlier version of the process have no
-- timers: their level stays NULL and is derived when the queue is read.
CREATE TABLE step_warning_event (
  id             BIGINT      NOT NULL AUTO_INCREMENT,
  application_id CHAR(36)    NOT NULL,
  task_id        VARCHAR(64) NOT NULL,
  task_key       VARCHAR(64) NOT NULL,
  step           VARCHAR(16) NOT NULL,
  -- NULL for the level the step started with
  level_from     VARCHAR(8)  NULL,
  level_to       VARCHAR(8)  NOT NULL,
  at             DATETIME    NOT NULL,
  -- the end of the step's last day and the days left (today and that day included) at that moment
  due_at         DATETIME    NOT NULL,
  days_left      INT         NOT NULL,
  cause          VARCHAR(16) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_step_warning_event_application (application_id, id),
  CONSTRAINT fk_step_warning_event_application FOREIGN KEY (application_id)
    REFERENCES application (id),
  CONSTRAINT ck_step_warning_event_from CHECK (
    level_from IS NULL OR level_from IN ('GREEN', 'YELLOW', 'RED')),
  CONSTRAINT ck_step_warning_event_to CHECK (level_to IN ('GREEN', 'YELLOW', 'RED')),
  CONSTRAINT ck_step_warning_event_cause CHECK (cause IN ('STARTED', 'TIMER', 'STOPPED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the queue filtered by the step's level: each arm of its union by group or by assignee
CREATE INDEX ix_work_task_group_level
  ON work_task (candidate_group, completed_at, warning_level, created_at);
CREATE INDEX ix_work_task_assignee_level
  ON work_task (assignee, completed_at, warning_level, created_at);
