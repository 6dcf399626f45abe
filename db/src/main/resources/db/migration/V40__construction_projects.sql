-- Construction projects approved by stages (工程建设项目分阶段并联审批, 国办发〔2019〕11号): the
-- catalogue entry of each of the four stages, the projects, their stages and the applications each
-- stage's one submission created. Times are stored in UTC.

-- One entry per stage: its limit for the whole stage, counted from the first acceptance of any of
-- its items (legal: the reform's limit for the stage; promised: the zone's), and whether its
-- items' inspections give one joint result (联合验收).
CREATE TABLE project_stage_entry (
  stage          VARCHAR(32)  NOT NULL,
  position       INT          NOT NULL,
  name           VARCHAR(100) NOT NULL,
  legal_limit    INT          NOT NULL,
  promised_limit INT          NOT NULL,
  joint          BOOLEAN      NOT NULL DEFAULT FALSE,
  description    TEXT         NULL,
  basis          TEXT         NULL,
  PRIMARY KEY (stage),
  UNIQUE KEY uk_project_stage_entry_position (position),
  CONSTRAINT ck_project_stage_entry_stage CHECK (stage IN
    ('LAND_AND_PLANNING', 'CONSTRUCTION_PERMIT_PLANNING', 'CONSTRUCTION_PERMIT', 'COMPLETION_ACCEPTANCE')),
  CONSTRAINT ck_project_stage_entry_limits CHECK (
    promised_limit > 0 AND promised_limit <= legal_limit)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The items of a stage (several departments), in the order the stage page lists them.
CREATE TABLE project_stage_item (
  stage     VARCHAR(32) NOT NULL,
  item_code VARCHAR(32) NOT NULL,
  position  INT         NOT NULL,
  PRIMARY KEY (stage, item_code),
  CONSTRAINT fk_project_stage_item_stage FOREIGN KEY (stage) REFERENCES project_stage_entry (stage),
  CONSTRAINT fk_project_stage_item_item FOREIGN KEY (item_code) REFERENCES service_item (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which project types a stage's item is required for; an item of a stage applies to a project
-- only when its type is listed here.
CREATE TABLE project_stage_item_type (
  stage        VARCHAR(32) NOT NULL,
  item_code    VARCHAR(32) NOT NULL,
  project_type VARCHAR(32) NOT NULL,
  PRIMARY KEY (stage, item_code, project_type),
  CONSTRAINT fk_project_stage_item_type_item FOREIGN KEY (stage, item_code)
    REFERENCES project_stage_item (stage, item_code),
  CONSTRAINT ck_project_stage_item_type CHECK (project_type IN
    ('GOVERNMENT_BUILDING', 'SOCIAL_BUILDING', 'INDUSTRIAL', 'LINEAR'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The stage's one form (一张表单): its fields, as an item's form has them.
CREATE TABLE project_stage_field (
  stage      VARCHAR(32)   NOT NULL,
  name       VARCHAR(40)   NOT NULL,
  type       VARCHAR(16)   NOT NULL,
  required   BOOLEAN       NOT NULL DEFAULT FALSE,
  max_length INT           NULL,
  position   INT           NOT NULL,
  label      VARCHAR(100)  NOT NULL,
  options    VARCHAR(1000) NULL,
  PRIMARY KEY (stage, name),
  CONSTRAINT fk_project_stage_field_stage FOREIGN KEY (stage) REFERENCES project_stage_entry (stage),
  CONSTRAINT ck_project_stage_field_name CHECK (name REGEXP '^[a-zA-Z][a-zA-Z0-9]{0,39}$'),
  CONSTRAINT ck_project_stage_field_type CHECK (type IN
    ('TEXT', 'LONG_TEXT', 'PHONE', 'NUMBER', 'DATE', 'CHOICE')),
  CONSTRAINT ck_project_stage_field_max_length CHECK (max_length IS NULL OR max_length BETWEEN 1 AND 10000),
  CONSTRAINT ck_project_stage_field_options CHECK ((type = 'CHOICE') = (options IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which item form field each stage field feeds: one stage field may feed several items' fields.
CREATE TABLE project_stage_field_target (
  stage      VARCHAR(32) NOT NULL,
  item_code  VARCHAR(32) NOT NULL,
  item_field VARCHAR(40) NOT NULL,
  field_name VARCHAR(40) NOT NULL,
  PRIMARY KEY (stage, item_code, item_field),
  CONSTRAINT fk_project_stage_field_target_field FOREIGN KEY (stage, field_name)
    REFERENCES project_stage_field (stage, name),
  CONSTRAINT fk_project_stage_field_target_item FOREIGN KEY (stage, item_code)
    REFERENCES project_stage_item (stage, item_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The stage's materials, de-duplicated across its items: the applicant uploads each once and it
-- stands for every item material listed in project_stage_material_target.
CREATE TABLE project_stage_material (
  stage       VARCHAR(32)   NOT NULL,
  code        VARCHAR(32)   NOT NULL,
  name        VARCHAR(200)  NOT NULL,
  description VARCHAR(1000) NULL,
  position    INT           NOT NULL,
  PRIMARY KEY (stage, code),
  CONSTRAINT fk_project_stage_material_stage FOREIGN KEY (stage) REFERENCES project_stage_entry (stage)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_stage_material_target (
  stage              VARCHAR(32) NOT NULL,
  item_code          VARCHAR(32) NOT NULL,
  item_material_code VARCHAR(32) NOT NULL,
  material_code      VARCHAR(32) NOT NULL,
  PRIMARY KEY (stage, item_code, item_material_code),
  CONSTRAINT fk_project_stage_material_target_material FOREIGN KEY (stage, material_code)
    REFERENCES project_stage_material (stage, code),
  CONSTRAINT fk_project_stage_material_target_item FOREIGN KEY (item_code, item_material_code)
    REFERENCES item_material (item_code, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A construction project (工程建设项目) of an enterprise. The code is the national investment
-- project code (投资项目统一代码) the project got at its registration.
CREATE TABLE project (
  id                CHAR(36)      NOT NULL,
  code              VARCHAR(32)   NOT NULL,
  name              VARCHAR(200)  NOT NULL,
  enterprise_id     BIGINT        NOT NULL,
  location          VARCHAR(300)  NOT NULL,
  -- 万元
  investment        DECIMAL(14,2) NOT NULL,
  project_type      VARCHAR(32)   NOT NULL,
  key_project       BOOLEAN       NOT NULL DEFAULT FALSE,
  key_reason        TEXT          NULL,
  key_designated_by VARCHAR(64)   NULL,
  key_designated_at DATETIME      NULL,
  created_by        VARCHAR(64)   NOT NULL,
  created_at        DATETIME      NOT NULL,
  version           INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_project_code (code),
  -- an enterprise's projects, newest first; and every project, newest first
  KEY ix_project_enterprise (enterprise_id, created_at),
  KEY ix_project_created (created_at),
  CONSTRAINT fk_project_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
  CONSTRAINT ck_project_type CHECK (project_type IN
    ('GOVERNMENT_BUILDING', 'SOCIAL_BUILDING', 'INDUSTRIAL', 'LINEAR')),
  CONSTRAINT ck_project_investment CHECK (investment >= 0),
  CONSTRAINT ck_project_key CHECK (key_project = FALSE OR key_reason IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each project's four stages: LOCKED until the one before finished with every item approved,
-- OPEN while its form and materials are prepared, IN_PROGRESS from its one submission, FINISHED
-- once every item is decided (outcome APPROVED when every item was approved, else
-- NOT_APPROVED). The clock columns are kept from the items' ledgers (started_on: the first
-- acceptance) for lists; the stage's page derives them afresh.
CREATE TABLE project_stage (
  project_id          CHAR(36)    NOT NULL,
  stage               VARCHAR(32) NOT NULL,
  status              VARCHAR(16) NOT NULL,
  form_json           LONGTEXT    NULL,
  opened_at           DATETIME    NULL,
  submitted_at        DATETIME    NULL,
  submitted_by        VARCHAR(64) NULL,
  -- the stage's limits as the catalogue gave them at its submission, in working days
  legal_limit         INT         NULL,
  promised_limit      INT         NULL,
  started_on          DATE        NULL,
  deadline            DATETIME    NULL,
  legal_deadline      DATETIME    NULL,
  warning_level       VARCHAR(8)  NULL,
  clock_paused        BOOLEAN     NOT NULL DEFAULT FALSE,
  finished_at         DATETIME    NULL,
  outcome             VARCHAR(16) NULL,
  process_instance_id VARCHAR(64) NULL,
  PRIMARY KEY (project_id, stage),
  CONSTRAINT fk_project_stage_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT fk_project_stage_entry FOREIGN KEY (stage) REFERENCES project_stage_entry (stage),
  CONSTRAINT ck_project_stage_status CHECK (status IN ('LOCKED', 'OPEN', 'IN_PROGRESS', 'FINISHED')),
  CONSTRAINT ck_project_stage_outcome CHECK (outcome IS NULL OR outcome IN ('APPROVED', 'NOT_APPROVED')),
  CONSTRAINT ck_project_stage_level CHECK (warning_level IS NULL OR warning_level IN
    ('GREEN', 'YELLOW', 'RED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the applicant uploaded for a stage's materials before its submission; the submission
-- attaches each file to every application whose item asks for it. The bytes live in the
-- content-addressed store by sha256; a newer upload of the same material replaces the older.
CREATE TABLE project_stage_upload (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  project_id    CHAR(36)     NOT NULL,
  stage         VARCHAR(32)  NOT NULL,
  material_code VARCHAR(32)  NOT NULL,
  file_name     VARCHAR(255) NOT NULL,
  content_type  VARCHAR(64)  NOT NULL,
  size_bytes    BIGINT       NOT NULL,
  sha256        CHAR(64)     NOT NULL,
  uploaded_by   VARCHAR(64)  NOT NULL,
  uploaded_at   DATETIME     NOT NULL,
  PRIMARY KEY (id),
  KEY ix_project_stage_upload (project_id, stage, material_code),
  CONSTRAINT fk_project_stage_upload_stage FOREIGN KEY (project_id, stage)
    REFERENCES project_stage (project_id, stage)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The applications one stage submission created, one per item.
CREATE TABLE project_application (
  application_id CHAR(36)    NOT NULL,
  project_id     CHAR(36)    NOT NULL,
  stage          VARCHAR(32) NOT NULL,
  item_code      VARCHAR(32) NOT NULL,
  PRIMARY KEY (application_id),
  UNIQUE KEY uk_project_application_item (project_id, stage, item_code),
  CONSTRAINT fk_project_application_application FOREIGN KEY (application_id) REFERENCES application (id),
  CONSTRAINT fk_project_application_stage FOREIGN KEY (project_id, stage)
    REFERENCES project_stage (project_id, stage)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The four stages every zone has (国办发〔2019〕11号); the reform caps the whole approval at 120
-- working days, shipped here as 30 for each stage, promised the same until the zone promises less.
-- Their items, forms and materials are the zone's own catalogue.
INSERT INTO project_stage_entry (stage, position, name, legal_limit, promised_limit, joint, basis)
VALUES
  ('LAND_AND_PLANNING', 1, '立项用地规划许可阶段', 30, 30, FALSE, '《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》（国办发〔2019〕11号）'),
  ('CONSTRUCTION_PERMIT_PLANNING', 2, '工程建设许可阶段', 30, 30, FALSE, '《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》（国办发〔2019〕11号）'),
  ('CONSTRUCTION_PERMIT', 3, '施工许可阶段', 30, 30, FALSE, '《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》（国办发〔2019〕11号）'),
  ('COMPLETION_ACCEPTANCE', 4, '竣工验收阶段', 30, 30, TRUE, '《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》（国办发〔2019〕11号）：实行规划、土地、消防、人防、档案等事项限时联合验收');
