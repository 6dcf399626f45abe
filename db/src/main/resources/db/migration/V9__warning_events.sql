-- Warning levels (DESIGN.md §5): every change of an application's level, set by the engine's
-- timers of the legal clock process or by a change of the ledger; the application row keeps the
-- current level for lists and filters.
CREATE TABLE warning_event (
  id             BIGINT      NOT NULL AUTO_INCREMENT,
  application_id CHAR(36)    NOT NULL,
  -- NULL for the level the clock started with
  level_from     VARCHAR(8)  NULL,
  level_to       VARCHAR(8)  NOT NULL,
  at             DATETIME    NOT NULL,
  -- the deadline and the working days left (today and the deadline day included) at that moment
  deadline       DATETIME    NOT NULL,
  days_left      INT         NOT NULL,
  cause          VARCHAR(16) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_warning_event_application (application_id, id),
  KEY ix_warning_event_at (at, level_to),
  CONSTRAINT fk_warning_event_clock FOREIGN KEY (application_id)
    REFERENCES application_clock (application_id),
  CONSTRAINT ck_warning_event_from CHECK (level_from IS NULL OR level_from IN ('GREEN', 'YELLOW', 'RED')),
  CONSTRAINT ck_warning_event_to CHECK (level_to IN ('GREEN', 'YELLOW', 'RED')),
  CONSTRAINT ck_warning_event_cause CHECK (
    cause IN ('STARTED', 'TIMER', 'RESUMED', 'EXTENDED', 'STOPPED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the list filter warningLevel, for supervisors (all) and clerks (their department)
CREATE INDEX ix_application_warning ON application (warning_level, created_at);
CREATE INDEX ix_application_department_warning
  ON application (department_code, warning_level, created_at);
