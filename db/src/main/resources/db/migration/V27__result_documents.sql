-- What an item's approval issues (办理结果): a licence (许可证, e.g. 建设工程规划许可证) or an approval
-- decision (准予行政许可决定书), its title, its validity and the form fields printed on it. An item
-- without a row issues an approval decision without a validity period.
CREATE TABLE item_result (
  item_code       VARCHAR(32)  NOT NULL,
  document_kind   VARCHAR(16)  NOT NULL,
  title           VARCHAR(64)  NOT NULL,
  -- months from the day of issue; NULL: valid without limit
  validity_months INT          NULL,
  -- the item's form fields printed on the document, by name, in order, separated by '|'
  fields          VARCHAR(500) NULL,
  PRIMARY KEY (item_code),
  CONSTRAINT fk_item_result_item FOREIGN KEY (item_code) REFERENCES service_item (code),
  CONSTRAINT ck_item_result_kind CHECK (document_kind IN ('LICENCE', 'DECISION')),
  CONSTRAINT ck_item_result_validity CHECK (validity_months IS NULL OR validity_months BETWEEN 1 AND 600)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every decision's document: an approval's licence or decision, a denial's 不予许可决定书, a
-- non-acceptance's 不予受理通知书. The PDF lies in the content-addressed files by its sha256; the
-- code (not guessable) opens its public verification.
CREATE TABLE result_document (
  code               CHAR(26)     NOT NULL,
  application_id     CHAR(36)     NOT NULL,
  kind               VARCHAR(16)  NOT NULL,
  document_number    VARCHAR(40)  NOT NULL,
  title              VARCHAR(64)  NOT NULL,
  enterprise_id      BIGINT       NOT NULL,
  holder_name        VARCHAR(200) NOT NULL,
  holder_credit_code CHAR(18)     NOT NULL,
  item_code          VARCHAR(32)  NOT NULL,
  department_code    VARCHAR(32)  NOT NULL,
  issued_at          DATETIME     NOT NULL,
  -- the last day it is valid (Asia/Shanghai); NULL: without limit
  valid_until        DATE         NULL,
  revoked_at         DATETIME     NULL,
  revoke_reason      TEXT         NULL,
  sha256             CHAR(64)     NOT NULL,
  size               BIGINT       NOT NULL,
  PRIMARY KEY (code),
  UNIQUE KEY uk_result_document_number (document_number),
  -- one document of each kind per application
  UNIQUE KEY uk_result_document_application (application_id, kind),
  -- "my licences": an enterprise's documents, newest first
  KEY ix_result_document_enterprise (enterprise_id, issued_at),
  CONSTRAINT ck_result_document_kind CHECK (kind IN ('APPROVAL', 'DENIAL', 'NON_ACCEPTANCE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Document numbers run per kind and year: 〔2026〕000001号.
CREATE TABLE result_number (
  kind VARCHAR(16) NOT NULL,
  year INT         NOT NULL,
  last BIGINT      NOT NULL,
  PRIMARY KEY (kind, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
