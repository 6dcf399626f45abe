-- An item's own application form (申请表): the fields an applicant fills in, in order. An item
-- without rows here uses the standard form (project name, contact person and phone, note), and
-- the service hall refuses every key of a submitted form that is not one of the item's fields.
CREATE TABLE item_form_field (
  item_code  VARCHAR(32)   NOT NULL,
  name       VARCHAR(40)   NOT NULL,
  type       VARCHAR(16)   NOT NULL,
  required   BOOLEAN       NOT NULL DEFAULT FALSE,
  -- the longest value accepted, in characters; NULL takes the type's default
  max_length INT           NULL,
  position   INT           NOT NULL,
  -- the label shown to the applicant (Chinese); NULL for a standard field, labelled by the bundles
  label      VARCHAR(100)  NULL,
  -- CHOICE: the values offered, separated by '|'
  options    VARCHAR(1000) NULL,
  PRIMARY KEY (item_code, name),
  CONSTRAINT fk_form_field_item FOREIGN KEY (item_code) REFERENCES service_item (code),
  CONSTRAINT ck_form_field_name CHECK (name REGEXP '^[a-zA-Z][a-zA-Z0-9]{0,39}$'),
  CONSTRAINT ck_form_field_type CHECK (type IN
    ('TEXT', 'LONG_TEXT', 'PHONE', 'NUMBER', 'DATE', 'CHOICE')),
  CONSTRAINT ck_form_field_max_length CHECK (max_length IS NULL OR max_length BETWEEN 1 AND 10000),
  CONSTRAINT ck_form_field_options CHECK ((type = 'CHOICE') = (options IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
