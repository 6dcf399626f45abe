-- 容缺受理 (green channel): an item's secondary materials may be missing at acceptance of a key
-- project's application, against the applicant's signed promise to supply each within its own
-- number of working days from the acceptance. The application form and the proofs never may.
ALTER TABLE item_material
  ADD COLUMN deferral_days INT NULL,
  ADD CONSTRAINT ck_item_material_deferral
    CHECK (deferral_days IS NULL OR (deferral_days BETWEEN 1 AND 60 AND kind = 'ATTACHMENT'));

-- One promise per missing material: PROMISED until the file is uploaded (SUPPLIED) or its day
-- passed without it (BROKEN: the result is withheld and the enterprise gets a credit record).
-- due_at is fixed at the acceptance; a timer of the material-promise process watches it.
CREATE TABLE material_promise (
  id                   BIGINT       NOT NULL AUTO_INCREMENT,
  application_id       CHAR(36)     NOT NULL,
  material_code        VARCHAR(32)  NOT NULL,
  days                 INT          NOT NULL,
  promise_text         TEXT         NOT NULL,
  promised_by          VARCHAR(64)  NOT NULL,
  promised_at          DATETIME     NOT NULL,
  due_at               DATETIME     NULL,
  status               VARCHAR(16)  NOT NULL,
  supplied_at          DATETIME     NULL,
  supplied_material_id BIGINT       NULL,
  broken_at            DATETIME     NULL,
  process_instance_id  VARCHAR(64)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_material_promise (application_id, material_code),
  CONSTRAINT fk_material_promise_application FOREIGN KEY (application_id) REFERENCES application (id),
  CONSTRAINT ck_material_promise_status CHECK (status IN ('PROMISED', 'SUPPLIED', 'BROKEN')),
  CONSTRAINT ck_material_promise_days CHECK (days BETWEEN 1 AND 60)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE credit_record DROP CONSTRAINT ck_credit_record_kind;
ALTER TABLE credit_record ADD CONSTRAINT ck_credit_record_kind
  CHECK (kind IN ('FALSE_COMMITMENT', 'DISHONEST_LIST', 'BROKEN_PROMISE'));
