-- Work queues served from our own indexed table, kept in step with the engine's user tasks in the
-- same transaction; Camunda is asked only for the task being worked.
CREATE TABLE work_task (
  task_id             VARCHAR(64)  NOT NULL,
  application_id      CHAR(36)     NOT NULL,
  application_number  VARCHAR(20)  NULL,
  item_name           VARCHAR(255) NOT NULL,
  task_key            VARCHAR(64)  NOT NULL,
  step                VARCHAR(16)  NOT NULL,
  department_code     VARCHAR(32)  NOT NULL,
  candidate_group     VARCHAR(96)  NOT NULL,
  assignee            VARCHAR(64)  NULL,
  created_at          DATETIME     NOT NULL,
  due_at              DATETIME     NULL,
  warning_level       VARCHAR(8)   NULL,
  completed_at        DATETIME     NULL,
  completed_by        VARCHAR(64)  NULL,
  outcome             VARCHAR(32)  NULL,
  PRIMARY KEY (task_id),
  KEY ix_work_task_group (candidate_group, completed_at, created_at),
  KEY ix_work_task_assignee (assignee, completed_at, created_at),
  KEY ix_work_task_application (application_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
