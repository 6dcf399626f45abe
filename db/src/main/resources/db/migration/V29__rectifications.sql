-- 整改 (国办发〔2019〕51号): a rating of 不满意 or 非常不满意 opens one rectification for the handling
-- department: a call-back within 1 working day and the rectification within 15, both counted from
-- the rating day by the working-day calendar (so the deadlines are derived, not stored), each on the
-- step timers of its task. The levels follow the tasks' step levels; the answer opens round 2.
CREATE TABLE rectification (
  id                 BIGINT        NOT NULL AUTO_INCREMENT,
  application_id     CHAR(36)      NOT NULL,
  application_number VARCHAR(32)   NOT NULL,
  rating_id          BIGINT        NOT NULL,
  department_code    VARCHAR(32)   NOT NULL,
  item_code          VARCHAR(32)   NOT NULL,
  opened_at          DATETIME      NOT NULL,
  status             VARCHAR(16)   NOT NULL,
  call_back_level    VARCHAR(8)    NOT NULL DEFAULT 'GREEN',
  rectify_level      VARCHAR(8)    NOT NULL DEFAULT 'GREEN',
  called_back_at     DATETIME      NULL,
  called_back_by     VARCHAR(64)   NULL,
  call_back_note     VARCHAR(1000) NULL,
  answered_at        DATETIME      NULL,
  answered_by        VARCHAR(64)   NULL,
  handling           VARCHAR(2000) NULL,
  PRIMARY KEY (id),
  -- one rectification per application: only the first round's bad rating opens one
  UNIQUE KEY uk_rectification_application (application_id),
  UNIQUE KEY uk_rectification_rating (rating_id),
  -- the department's clerks' list and the supervisors' list of one department, open first by age
  KEY ix_rectification_department (department_code, status, opened_at),
  -- the supervisors' list of every department
  KEY ix_rectification_status (status, opened_at),
  CONSTRAINT fk_rectification_rating FOREIGN KEY (rating_id) REFERENCES rating (id),
  CONSTRAINT ck_rectification_status CHECK (status IN ('OPEN', 'CALLED_BACK', 'ANSWERED')),
  CONSTRAINT ck_rectification_call_back_level CHECK (call_back_level IN ('GREEN', 'YELLOW', 'RED')),
  CONSTRAINT ck_rectification_rectify_level CHECK (rectify_level IN ('GREEN', 'YELLOW', 'RED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
