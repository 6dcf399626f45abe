-- 好差评 (国办发〔2019〕51号): a finished application is rated once by its enterprise, on five
-- levels with an optional comment, and each step's officer with it; a bad rating opens a
-- rectification, after whose answer the applicant may rate again (round 2). Both rounds are kept.
CREATE TABLE rating (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  application_id  CHAR(36)     NOT NULL,
  round           INT          NOT NULL,
  enterprise_id   BIGINT       NOT NULL,
  rated_by        VARCHAR(64)  NOT NULL,
  level           VARCHAR(24)  NOT NULL,
  comment         VARCHAR(500) NULL,
  department_code VARCHAR(32)  NOT NULL,
  item_code       VARCHAR(32)  NOT NULL,
  rated_at        DATETIME     NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_rating_application_round (application_id, round),
  -- the supervisors' counts by department or item over a period, read from the index alone
  KEY ix_rating_period_department (rated_at, department_code, level),
  KEY ix_rating_period_item (rated_at, item_code, level),
  CONSTRAINT ck_rating_round CHECK (round BETWEEN 1 AND 2),
  CONSTRAINT ck_rating_level CHECK (level IN
    ('VERY_SATISFIED', 'SATISFIED', 'BASIC', 'DISSATISFIED', 'VERY_DISSATISFIED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The officer of each step the applicant rated with the application (the hall's clerks per step).
CREATE TABLE rating_step (
  rating_id BIGINT      NOT NULL,
  step      VARCHAR(16) NOT NULL,
  officer   VARCHAR(64) NOT NULL,
  level     VARCHAR(24) NOT NULL,
  PRIMARY KEY (rating_id, step),
  -- the supervisors' counts by officer
  KEY ix_rating_step_officer (officer, rating_id),
  CONSTRAINT fk_rating_step_rating FOREIGN KEY (rating_id) REFERENCES rating (id),
  CONSTRAINT ck_rating_step_level CHECK (level IN
    ('VERY_SATISFIED', 'SATISFIED', 'BASIC', 'DISSATISFIED', 'VERY_DISSATISFIED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
