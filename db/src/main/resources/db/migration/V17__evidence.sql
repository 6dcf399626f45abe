-- Certificate-free handling (无证明): the shared data our local evidence providers serve, the
-- evidence fetched for applications with the applicant's consent, signed commitments (告知承诺),
-- what each submitted application relied on, and credit records (the dishonesty list, 失信).
-- Times are DATETIME in UTC.

-- What the market-entity register (市场主体登记) says of an enterprise, kept in step with the
-- register by its data exchange; served by the provider `market-register` (MARKET_ENTITY).
CREATE TABLE shared_market_entity (
  credit_code          CHAR(18)      NOT NULL,
  name                 VARCHAR(200)  NOT NULL,
  legal_representative VARCHAR(100)  NOT NULL,
  -- 存续, 在业, 吊销, 注销, ...
  status               VARCHAR(32)   NOT NULL,
  registered_capital   VARCHAR(64)   NOT NULL,
  address              VARCHAR(300)  NOT NULL,
  established_on       DATE          NOT NULL,
  authority            VARCHAR(200)  NOT NULL,
  updated_at           DATETIME      NOT NULL,
  PRIMARY KEY (credit_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Tax-credit ratings (纳税信用等级) by year; the provider `tax-credit` (TAX_CREDIT) serves the latest.
CREATE TABLE shared_tax_credit (
  credit_code CHAR(18)     NOT NULL,
  year        INT          NOT NULL,
  rating      CHAR(1)      NOT NULL,
  authority   VARCHAR(200) NOT NULL,
  updated_at  DATETIME     NOT NULL,
  PRIMARY KEY (credit_code, year),
  CONSTRAINT ck_shared_tax_credit_rating CHECK (rating IN ('A', 'B', 'M', 'C', 'D'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Social-insurance payment records (社会保险缴费记录); provider `social-insurance` (SOCIAL_INSURANCE).
CREATE TABLE shared_social_insurance (
  credit_code       CHAR(18)     NOT NULL,
  months_paid       INT          NOT NULL,
  insured_employees INT          NOT NULL,
  in_arrears        BOOLEAN      NOT NULL,
  -- YYYY-MM
  last_paid_month   CHAR(7)      NOT NULL,
  authority         VARCHAR(200) NOT NULL,
  updated_at        DATETIME     NOT NULL,
  PRIMARY KEY (credit_code),
  CONSTRAINT ck_shared_social_insurance_counts CHECK (months_paid >= 0 AND insured_employees >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every fetch of shared evidence for an application's proof material: a preview shown to the
-- applicant, or a failure with its reason. A consent attaches exactly the previewed fields.
CREATE TABLE evidence_fetch (
  id                 BIGINT        NOT NULL AUTO_INCREMENT,
  application_id     CHAR(36)      NOT NULL,
  material_code      VARCHAR(32)   NOT NULL,
  proof_code         VARCHAR(32)   NOT NULL,
  evidence_type      VARCHAR(32)   NOT NULL,
  provider           VARCHAR(64)   NOT NULL,
  credit_code        CHAR(18)      NOT NULL,
  outcome            VARCHAR(8)    NOT NULL,
  -- FAILED: NOT_FOUND, TIMEOUT, UNAVAILABLE, NOT_CONFIGURED, UNSUPPORTED_TYPE
  failure_reason     VARCHAR(32)   NULL,
  failure_detail     VARCHAR(500)  NULL,
  -- FOUND: the authority the evidence comes from, the fields as JSON and their sha256
  source             VARCHAR(200)  NULL,
  fields_json        TEXT          NULL,
  fields_sha256      CHAR(64)      NULL,
  fetched_at         DATETIME      NOT NULL,
  requested_by       VARCHAR(64)   NOT NULL,
  consented_by       VARCHAR(64)   NULL,
  consented_at       DATETIME      NULL,
  consent_ip         VARCHAR(45)   NULL,
  consent_user_agent VARCHAR(500)  NULL,
  PRIMARY KEY (id),
  KEY ix_evidence_fetch_application (application_id, material_code, id),
  CONSTRAINT fk_evidence_fetch_application FOREIGN KEY (application_id) REFERENCES application (id),
  CONSTRAINT ck_evidence_fetch_outcome CHECK (outcome IN ('FOUND', 'FAILED')),
  CONSTRAINT ck_evidence_fetch_found CHECK ((outcome = 'FOUND')
    = (source IS NOT NULL AND fields_json IS NOT NULL AND fields_sha256 IS NOT NULL)),
  CONSTRAINT ck_evidence_fetch_failed CHECK ((outcome = 'FAILED') = (failure_reason IS NOT NULL)),
  CONSTRAINT ck_evidence_fetch_consent CHECK (consented_at IS NULL OR outcome = 'FOUND')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A signed commitment (告知承诺书) in place of a proof: who, for which enterprise, when, from
-- where, and the version and sha256 of the exact text signed. The proof's risk level and
-- verification deadline are kept as they were when it was signed.
CREATE TABLE commitment_signature (
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  application_id      CHAR(36)      NOT NULL,
  material_code       VARCHAR(32)   NOT NULL,
  proof_code          VARCHAR(32)   NOT NULL,
  enterprise_id       BIGINT        NOT NULL,
  text_version        INT           NOT NULL,
  text_sha256         CHAR(64)      NOT NULL,
  signed_by           VARCHAR(64)   NOT NULL,
  signer_name         VARCHAR(128)  NOT NULL,
  signed_at           DATETIME      NOT NULL,
  remote_ip           VARCHAR(45)   NOT NULL,
  user_agent          VARCHAR(500)  NULL,
  risk_level          VARCHAR(8)    NOT NULL,
  verification_method VARCHAR(500)  NULL,
  verification_days   INT           NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_commitment_signature UNIQUE (application_id, material_code),
  CONSTRAINT fk_commitment_application FOREIGN KEY (application_id) REFERENCES application (id),
  CONSTRAINT fk_commitment_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What each waived proof of a submitted application relied on, fixed at submission: consented
-- evidence, a signed commitment, an upload (a fallback, or a dishonest enterprise's), or nothing
-- (abolished, or verified by the department itself).
CREATE TABLE application_proof_basis (
  application_id CHAR(36)    NOT NULL,
  material_code  VARCHAR(32) NOT NULL,
  proof_code     VARCHAR(32) NOT NULL,
  disposition    VARCHAR(32) NOT NULL,
  basis          VARCHAR(32) NOT NULL,
  evidence_id    BIGINT      NULL,
  commitment_id  BIGINT      NULL,
  recorded_at    DATETIME    NOT NULL,
  PRIMARY KEY (application_id, material_code),
  KEY ix_proof_basis_commitment (commitment_id),
  CONSTRAINT fk_proof_basis_application FOREIGN KEY (application_id) REFERENCES application (id),
  CONSTRAINT fk_proof_basis_evidence FOREIGN KEY (evidence_id) REFERENCES evidence_fetch (id),
  CONSTRAINT fk_proof_basis_commitment FOREIGN KEY (commitment_id)
    REFERENCES commitment_signature (id),
  CONSTRAINT ck_proof_basis CHECK (basis IN
    ('EVIDENCE', 'COMMITMENT', 'UPLOAD', 'ABOLISHED', 'DEPARTMENT_VERIFICATION')),
  CONSTRAINT ck_proof_basis_evidence CHECK ((basis = 'EVIDENCE') = (evidence_id IS NOT NULL)),
  CONSTRAINT ck_proof_basis_commitment CHECK ((basis = 'COMMITMENT') = (commitment_id IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Credit records (信用记录): an enterprise with an active one is on the dishonesty list (失信) and
-- may not use commitments. Active: not lifted, and valid_until (the last day, Asia/Shanghai) not
-- passed. Records are lifted, never deleted.
CREATE TABLE credit_record (
  id                    BIGINT        NOT NULL AUTO_INCREMENT,
  enterprise_id         BIGINT        NOT NULL,
  kind                  VARCHAR(32)   NOT NULL,
  reason                VARCHAR(1000) NOT NULL,
  source_application_id CHAR(36)      NULL,
  recorded_at           DATETIME      NOT NULL,
  recorded_by           VARCHAR(64)   NOT NULL,
  valid_until           DATE          NULL,
  lifted_at             DATETIME      NULL,
  lifted_by             VARCHAR(64)   NULL,
  lift_reason           VARCHAR(1000) NULL,
  PRIMARY KEY (id),
  KEY ix_credit_record_enterprise (enterprise_id, lifted_at, valid_until),
  KEY ix_credit_record_recorded (recorded_at, id),
  CONSTRAINT fk_credit_record_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
  CONSTRAINT fk_credit_record_application FOREIGN KEY (source_application_id)
    REFERENCES application (id),
  CONSTRAINT ck_credit_record_kind CHECK (kind IN ('FALSE_COMMITMENT', 'DISHONEST_LIST')),
  CONSTRAINT ck_credit_record_reason CHECK (CHAR_LENGTH(TRIM(reason)) > 0),
  CONSTRAINT ck_credit_record_lift CHECK ((lifted_at IS NULL) = (lifted_by IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
