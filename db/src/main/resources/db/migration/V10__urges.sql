-- 督办: a supervisor's formal push on a late or at-risk application, answered in writing by the
-- handling department. Rows are appended and answered once, never deleted.
CREATE TABLE urge (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  application_id  CHAR(36)     NOT NULL,
  department_code VARCHAR(32)  NOT NULL,
  urged_by        VARCHAR(64)  NOT NULL,
  urged_at        DATETIME     NOT NULL,
  reason          TEXT         NOT NULL,
  answered_by     VARCHAR(64)  NULL,
  answered_at     DATETIME     NULL,
  feedback        TEXT         NULL,
  PRIMARY KEY (id),
  KEY ix_urge_department (department_code, answered_at, urged_at),
  KEY ix_urge_open (answered_at, urged_at),
  KEY ix_urge_application (application_id, id),
  CONSTRAINT fk_urge_application FOREIGN KEY (application_id) REFERENCES application (id),
  CONSTRAINT ck_urge_answer CHECK (
    (answered_at IS NULL AND answered_by IS NULL AND feedback IS NULL)
    OR (answered_at IS NOT NULL AND answered_by IS NOT NULL AND feedback IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
