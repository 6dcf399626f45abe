-- Per-step limits of an item, in the item's limit unit: how long ACCEPT, REVIEW and DECIDE may
-- take, and how long the applicant has to answer a supplement request. A step without a row has
-- no limit of its own, except ACCEPT, which the law bounds at 5 working days (行政许可法 §32).
CREATE TABLE item_step_limit (
  item_code   VARCHAR(32) NOT NULL,
  step        VARCHAR(16) NOT NULL,
  limit_value INT         NOT NULL,
  PRIMARY KEY (item_code, step),
  CONSTRAINT fk_step_limit_item FOREIGN KEY (item_code) REFERENCES service_item (code),
  CONSTRAINT ck_step_limit_step CHECK (step IN ('ACCEPT', 'REVIEW', 'DECIDE', 'SUPPLEMENT')),
  CONSTRAINT ck_step_limit_value CHECK (limit_value >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the work queue keeps each task's own limit, so its level can be derived without the catalogue
ALTER TABLE work_task
  ADD COLUMN step_limit INT NULL,
  ADD COLUMN limit_unit VARCHAR(16) NULL;
