-- The legal clock of each accepted application (DESIGN.md §5, 行政许可法 §32, §42, §45): its limit,
-- and a ledger of segments from which the deadline is always derived, never edited.
CREATE TABLE application_clock (
  application_id CHAR(36)    NOT NULL,
  accepted_on    DATE        NOT NULL,
  limit_value    INT         NOT NULL,
  limit_unit     VARCHAR(16) NOT NULL,
  max_extension  INT         NOT NULL,
  finished_on    DATE        NULL,
  PRIMARY KEY (application_id),
  CONSTRAINT fk_clock_application FOREIGN KEY (application_id) REFERENCES application (id),
  CONSTRAINT ck_clock_unit CHECK (limit_unit IN ('WORKING_DAYS', 'NATURAL_DAYS')),
  CONSTRAINT ck_clock_limits CHECK (limit_value >= 0 AND max_extension >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- RUNNING and PAUSED segments follow each other; an EXTENDED segment adds working days
CREATE TABLE clock_segment (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  application_id CHAR(36)     NOT NULL,
  kind           VARCHAR(16)  NOT NULL,
  reason         VARCHAR(32)  NULL,
  started_on     DATE         NOT NULL,
  started_at     DATETIME     NOT NULL,
  started_by     VARCHAR(64)  NOT NULL,
  ended_on       DATE         NULL,
  ended_at       DATETIME     NULL,
  ended_by       VARCHAR(64)  NULL,
  days           INT          NULL,
  legal_basis    VARCHAR(255) NOT NULL,
  comment        TEXT         NULL,
  PRIMARY KEY (id),
  KEY ix_clock_segment_application (application_id, id),
  CONSTRAINT fk_clock_segment_clock FOREIGN KEY (application_id)
    REFERENCES application_clock (application_id),
  CONSTRAINT ck_clock_segment_kind CHECK (kind IN ('RUNNING', 'PAUSED', 'EXTENDED')),
  CONSTRAINT ck_clock_segment_reason CHECK (
    (kind = 'PAUSED' AND reason IS NOT NULL) OR (kind <> 'PAUSED' AND reason IS NULL)),
  CONSTRAINT ck_clock_segment_days CHECK (
    (kind = 'EXTENDED' AND days > 0) OR (kind <> 'EXTENDED' AND days IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
