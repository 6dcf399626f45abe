-- 一件事一次办: a bundle is several items an enterprise sees as one thing (opening a business,
-- closing one): one combined form whose fields feed the items' forms, its materials de-duplicated
-- across the items, and a promised limit for the whole bundle in working days. The zone's bundles
-- are data (the local profile has a sample).

CREATE TABLE bundle (
  code           VARCHAR(32)  NOT NULL,
  name           VARCHAR(100) NOT NULL,
  theme          VARCHAR(32)  NOT NULL,
  promised_limit INT          NOT NULL,
  description    TEXT         NULL,
  basis          TEXT         NULL,
  active         BOOLEAN      NOT NULL DEFAULT TRUE,
  position       INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (code),
  -- the public list: active bundles in their order
  KEY ix_bundle_active (active, position, code),
  CONSTRAINT ck_bundle_code CHECK (code REGEXP '^[A-Z][A-Z0-9-]{1,31}$'),
  CONSTRAINT ck_bundle_name CHECK (CHAR_LENGTH(TRIM(name)) > 0),
  CONSTRAINT ck_bundle_theme CHECK (theme IN
    ('START_UP', 'OPERATING_PERMITS', 'INVESTMENT_CONSTRUCTION', 'OPERATIONS', 'EXIT')),
  CONSTRAINT ck_bundle_promised_limit CHECK (promised_limit >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the items of a bundle (several departments), in the order its page lists them
CREATE TABLE bundle_item (
  bundle_code VARCHAR(32) NOT NULL,
  item_code   VARCHAR(32) NOT NULL,
  position    INT         NOT NULL,
  PRIMARY KEY (bundle_code, item_code),
  CONSTRAINT fk_bundle_item_bundle FOREIGN KEY (bundle_code) REFERENCES bundle (code),
  CONSTRAINT fk_bundle_item_item FOREIGN KEY (item_code) REFERENCES service_item (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the bundle's one form: its fields, as an item's form has them
CREATE TABLE bundle_field (
  bundle_code VARCHAR(32)   NOT NULL,
  name        VARCHAR(40)   NOT NULL,
  type        VARCHAR(16)   NOT NULL,
  required    BOOLEAN       NOT NULL DEFAULT FALSE,
  max_length  INT           NULL,
  position    INT           NOT NULL,
  label       VARCHAR(100)  NOT NULL,
  options     VARCHAR(1000) NULL,
  PRIMARY KEY (bundle_code, name),
  CONSTRAINT fk_bundle_field_bundle FOREIGN KEY (bundle_code) REFERENCES bundle (code),
  CONSTRAINT ck_bundle_field_name CHECK (name REGEXP '^[a-zA-Z][a-zA-Z0-9]{0,39}$'),
  CONSTRAINT ck_bundle_field_type CHECK (type IN
    ('TEXT', 'LONG_TEXT', 'PHONE', 'NUMBER', 'DATE', 'CHOICE')),
  CONSTRAINT ck_bundle_field_max_length CHECK (max_length IS NULL OR max_length BETWEEN 1 AND 10000),
  CONSTRAINT ck_bundle_field_options CHECK ((type = 'CHOICE') = (options IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- which item form field each bundle field feeds: one bundle field may feed several items' fields
CREATE TABLE bundle_field_target (
  bundle_code VARCHAR(32) NOT NULL,
  item_code   VARCHAR(32) NOT NULL,
  item_field  VARCHAR(40) NOT NULL,
  field_name  VARCHAR(40) NOT NULL,
  PRIMARY KEY (bundle_code, item_code, item_field),
  CONSTRAINT fk_bundle_field_target_field FOREIGN KEY (bundle_code, field_name)
    REFERENCES bundle_field (bundle_code, name),
  CONSTRAINT fk_bundle_field_target_item FOREIGN KEY (bundle_code, item_code)
    REFERENCES bundle_item (bundle_code, item_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the bundle's materials, de-duplicated across its items: uploaded once, each stands for every
-- item material listed in bundle_material_target
CREATE TABLE bundle_material (
  bundle_code VARCHAR(32)   NOT NULL,
  code        VARCHAR(32)   NOT NULL,
  name        VARCHAR(200)  NOT NULL,
  description VARCHAR(1000) NULL,
  position    INT           NOT NULL,
  PRIMARY KEY (bundle_code, code),
  CONSTRAINT fk_bundle_material_bundle FOREIGN KEY (bundle_code) REFERENCES bundle (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE bundle_material_target (
  bundle_code        VARCHAR(32) NOT NULL,
  item_code          VARCHAR(32) NOT NULL,
  item_material_code VARCHAR(32) NOT NULL,
  material_code      VARCHAR(32) NOT NULL,
  PRIMARY KEY (bundle_code, item_code, item_material_code),
  CONSTRAINT fk_bundle_material_target_material FOREIGN KEY (bundle_code, material_code)
    REFERENCES bundle_material (bundle_code, code),
  CONSTRAINT fk_bundle_material_target_item FOREIGN KEY (bundle_code, item_code)
    REFERENCES bundle_item (bundle_code, item_code),
  CONSTRAINT fk_bundle_material_target_item_material FOREIGN KEY (item_code, item_material_code)
    REFERENCES item_material (item_code, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
