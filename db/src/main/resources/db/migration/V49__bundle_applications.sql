-- 一件事一次办: an enterprise's application for a bundle. Its items' applications are drafts from
-- the start (each with its item's proofs, consents and commitments), fed by the bundle's one form
-- and one set of materials, and submitted together: one parallel approval process, one clock for
-- the whole bundle (its promised limit, from the first acceptance), finished when every item is.

-- a draft made to be submitted with its group (a bundle's): never submitted alone
ALTER TABLE application ADD COLUMN joint_group VARCHAR(80) NULL;

CREATE TABLE bundle_application (
  id                  CHAR(36)    NOT NULL,
  bundle_code         VARCHAR(32) NOT NULL,
  enterprise_id       BIGINT      NOT NULL,
  created_by          VARCHAR(64) NOT NULL,
  created_at          DATETIME    NOT NULL,
  status              VARCHAR(16) NOT NULL,
  form_json           LONGTEXT    NOT NULL,
  submitted_at        DATETIME    NULL,
  submitted_by        VARCHAR(64) NULL,
  -- the limits as they were at the submission, in working days: the bundle's promise, and the
  -- longest legal limit of its items (they run at once)
  promised_limit      INT         NULL,
  legal_limit         INT         NULL,
  started_on          DATE        NULL,
  deadline            DATETIME    NULL,
  legal_deadline      DATETIME    NULL,
  warning_level       VARCHAR(8)  NULL,
  clock_paused        BOOLEAN     NOT NULL DEFAULT FALSE,
  finished_at         DATETIME    NULL,
  outcome             VARCHAR(16) NULL,
  process_instance_id VARCHAR(64) NULL,
  version             INT         NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  -- an enterprise's bundle applications, newest first
  KEY ix_bundle_application_enterprise (enterprise_id, created_at),
  CONSTRAINT fk_bundle_application_bundle FOREIGN KEY (bundle_code) REFERENCES bundle (code),
  CONSTRAINT fk_bundle_application_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
  CONSTRAINT ck_bundle_application_status CHECK (status IN ('DRAFT', 'IN_PROGRESS', 'FINISHED')),
  CONSTRAINT ck_bundle_application_outcome CHECK (outcome IS NULL OR outcome IN
    ('APPROVED', 'NOT_APPROVED')),
  CONSTRAINT ck_bundle_application_warning CHECK (warning_level IS NULL OR warning_level IN
    ('GREEN', 'YELLOW', 'RED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the applications of a bundle application, one per item
CREATE TABLE bundle_member (
  application_id        CHAR(36)    NOT NULL,
  bundle_application_id CHAR(36)    NOT NULL,
  item_code             VARCHAR(32) NOT NULL,
  position              INT         NOT NULL,
  PRIMARY KEY (application_id),
  KEY ix_bundle_member_bundle (bundle_application_id, position),
  CONSTRAINT fk_bundle_member_application FOREIGN KEY (application_id) REFERENCES application (id),
  CONSTRAINT fk_bundle_member_bundle FOREIGN KEY (bundle_application_id)
    REFERENCES bundle_application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
