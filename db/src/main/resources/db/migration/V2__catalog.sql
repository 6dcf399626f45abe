-- The catalogue: service items (事项) and the materials (申请材料) each one asks for.

CREATE TABLE service_item (
  code            VARCHAR(32)  NOT NULL,
  name            VARCHAR(200) NOT NULL,
  department_code VARCHAR(32)  NOT NULL,
  theme           VARCHAR(32)  NOT NULL,
  handling_type   VARCHAR(16)  NOT NULL,
  limit_unit      VARCHAR(16)  NOT NULL DEFAULT 'WORKING_DAYS',
  legal_limit     INT          NOT NULL,
  promised_limit  INT          NOT NULL,
  max_extension   INT          NOT NULL DEFAULT 10,
  process_key     VARCHAR(64)  NOT NULL DEFAULT 'standard-approval',
  description     TEXT         NULL,
  -- legal basis (设定依据), shown in the service guide
  basis           TEXT         NULL,
  -- charging standard (收费标准), free text such as 不收费
  fee             VARCHAR(200) NULL,
  active          BOOLEAN      NOT NULL DEFAULT TRUE,
  PRIMARY KEY (code),
  CONSTRAINT fk_service_item_department FOREIGN KEY (department_code) REFERENCES department (code),
  CONSTRAINT ck_service_item_theme CHECK (theme IN
    ('START_UP', 'OPERATING_PERMITS', 'INVESTMENT_CONSTRUCTION', 'OPERATIONS', 'EXIT')),
  CONSTRAINT ck_service_item_handling_type CHECK (handling_type IN ('INSTANT', 'COMMITTED')),
  CONSTRAINT ck_service_item_limit_unit CHECK (limit_unit IN ('WORKING_DAYS', 'NATURAL_DAYS')),
  CONSTRAINT ck_service_item_limits CHECK (
    legal_limit >= 0 AND promised_limit >= 0 AND max_extension >= 0
    AND promised_limit <= legal_limit)
);

-- the public list: active items filtered by theme or department, ordered by code
CREATE INDEX ix_service_item_theme ON service_item (theme, active, code);
CREATE INDEX ix_service_item_department ON service_item (department_code, active, code);

CREATE TABLE item_material (
  item_code   VARCHAR(32)   NOT NULL,
  code        VARCHAR(32)   NOT NULL,
  name        VARCHAR(200)  NOT NULL,
  kind        VARCHAR(16)   NOT NULL,
  required    BOOLEAN       NOT NULL,
  -- how a proof (证明事项) is handled; set for PROOF materials only
  disposition VARCHAR(32)   NULL,
  description VARCHAR(1000) NULL,
  sort_order  INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (item_code, code),
  CONSTRAINT fk_item_material_item FOREIGN KEY (item_code) REFERENCES service_item (code),
  CONSTRAINT ck_item_material_kind CHECK (kind IN ('FORM', 'ATTACHMENT', 'PROOF')),
  CONSTRAINT ck_item_material_disposition CHECK (disposition IN
    ('ABOLISHED', 'DATA_SHARING', 'COMMITMENT', 'DEPARTMENT_VERIFICATION', 'REQUIRED')),
  CONSTRAINT ck_item_material_proof CHECK ((kind = 'PROOF') = (disposition IS NOT NULL))
);
