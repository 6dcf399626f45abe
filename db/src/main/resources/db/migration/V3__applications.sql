-- Applications (办件): drafts, submissions, their materials, supplement rounds and timeline.
-- Times are stored in UTC; the API shows them in Asia/Shanghai.

CREATE TABLE application (
  id                  CHAR(36)     NOT NULL,
  number              VARCHAR(20)  NULL,
  item_code           VARCHAR(32)  NOT NULL,
  department_code     VARCHAR(32)  NOT NULL,
  handling_type       VARCHAR(16)  NOT NULL,
  enterprise_id       BIGINT       NOT NULL,
  applicant_username  VARCHAR(64)  NOT NULL,
  channel             VARCHAR(16)  NOT NULL DEFAULT 'ONLINE',
  status              VARCHAR(32)  NOT NULL,
  form_json           LONGTEXT     NOT NULL,
  process_instance_id VARCHAR(64)  NULL,
  created_at          DATETIME     NOT NULL,
  submitted_at        DATETIME     NULL,
  accepted_at         DATETIME     NULL,
  finished_at         DATETIME     NULL,
  deadline            DATETIME     NULL,
  warning_level       VARCHAR(8)   NULL,
  clock_paused        BOOLEAN      NOT NULL DEFAULT FALSE,
  version             INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_application_number (number),
  KEY ix_application_enterprise (enterprise_id, created_at),
  KEY ix_application_department (department_code, status, created_at),
  KEY ix_application_status (status, created_at),
  KEY ix_application_item (item_code, created_at),
  CONSTRAINT fk_application_item FOREIGN KEY (item_code) REFERENCES service_item (code),
  CONSTRAINT fk_application_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
  CONSTRAINT ck_application_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'SUPPLEMENT_REQUESTED',
    'ACCEPTED', 'UNDER_REVIEW', 'PAUSED', 'AWAITING_DECISION', 'APPROVED', 'DENIED',
    'NOT_ACCEPTED', 'WITHDRAWN', 'REVOKED')),
  CONSTRAINT ck_application_channel CHECK (channel IN ('ONLINE', 'HALL', 'STATION'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- YZ + date + 6-digit daily sequence; one row per day, incremented under its row lock
-- (LAST_VALUE is a reserved word of MySQL 8, hence the quotes)
CREATE TABLE application_number_sequence (
  day          DATE NOT NULL,
  `last_value` INT  NOT NULL,
  PRIMARY KEY (day)
) ENGINE = InnoDB;

-- a file's bytes live outside the database, content-addressed by sha256
CREATE TABLE application_material (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  application_id CHAR(36)     NOT NULL,
  material_code  VARCHAR(32)  NOT NULL,
  file_name      VARCHAR(255) NOT NULL,
  content_type   VARCHAR(64)  NOT NULL,
  size_bytes     BIGINT       NOT NULL,
  sha256         CHAR(64)     NOT NULL,
  uploaded_by    VARCHAR(64)  NOT NULL,
  uploaded_at    DATETIME     NOT NULL,
  PRIMARY KEY (id),
  KEY ix_application_material (application_id, material_code),
  CONSTRAINT fk_material_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 一次性告知: one notice lists everything missing; every round is kept
CREATE TABLE supplement_request (
  id                 BIGINT      NOT NULL AUTO_INCREMENT,
  application_id     CHAR(36)    NOT NULL,
  step               VARCHAR(16) NOT NULL,
  requested_by       VARCHAR(64) NOT NULL,
  requested_at       DATETIME    NOT NULL,
  comment            TEXT        NOT NULL,
  -- uploads with a larger id were made after the request
  material_watermark BIGINT      NOT NULL,
  answered_by        VARCHAR(64) NULL,
  answered_at        DATETIME    NULL,
  answer_comment     TEXT        NULL,
  PRIMARY KEY (id),
  KEY ix_supplement_application (application_id, id),
  CONSTRAINT fk_supplement_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE supplement_request_material (
  request_id    BIGINT      NOT NULL,
  material_code VARCHAR(32) NOT NULL,
  PRIMARY KEY (request_id, material_code),
  CONSTRAINT fk_supplement_material_request FOREIGN KEY (request_id) REFERENCES supplement_request (id)
) ENGINE = InnoDB;

CREATE TABLE timeline_entry (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  application_id CHAR(36)     NOT NULL,
  at             DATETIME     NOT NULL,
  step           VARCHAR(16)  NOT NULL,
  action         VARCHAR(32)  NOT NULL,
  actor          VARCHAR(64)  NOT NULL,
  actor_name     VARCHAR(128) NOT NULL,
  comment        TEXT         NULL,
  PRIMARY KEY (id),
  KEY ix_timeline_application (application_id, id),
  CONSTRAINT fk_timeline_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Idempotency-Key: a repeated create or submit answers what the first one answered
CREATE TABLE idempotency_record (
  username        VARCHAR(64) NOT NULL,
  idempotency_key VARCHAR(128) NOT NULL,
  operation       VARCHAR(32) NOT NULL,
  request_hash    CHAR(64)    NOT NULL,
  application_id  CHAR(36)    NOT NULL,
  created_at      DATETIME    NOT NULL,
  PRIMARY KEY (username, idempotency_key, operation)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
