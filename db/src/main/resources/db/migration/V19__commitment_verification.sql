-- Verification after the decision (事中事后核查, 国办发〔2020〕42号): every approval that relied on
-- signed commitments is drawn for verification at the rate of the verification-sampling DMN
-- table. Drawn or not, the draw is recorded here, so the sampling itself can be audited.
CREATE TABLE commitment_verification (
  application_id   CHAR(36)      NOT NULL,
  enterprise_id    BIGINT        NOT NULL,
  department_code  VARCHAR(32)   NOT NULL,
  -- the highest risk level among the proofs committed to
  risk_level       VARCHAR(8)    NOT NULL,
  -- the enterprise's first approval on commitments is always verified
  first_commitment BOOLEAN       NOT NULL,
  sampling_rate    DECIMAL(5, 4) NOT NULL,
  -- the draw in [0, 1); sampled = draw < sampling_rate
  draw             DOUBLE        NOT NULL,
  sampled          BOOLEAN       NOT NULL,
  status           VARCHAR(16)   NOT NULL,
  approved_at      DATETIME      NOT NULL,
  drawn_at         DATETIME      NOT NULL,
  -- sampled only: the end of the verification deadline
  due_at           DATETIME      NULL,
  finished_at      DATETIME      NULL,
  finished_by      VARCHAR(64)   NULL,
  comment          TEXT          NULL,
  PRIMARY KEY (application_id),
  KEY ix_verification_enterprise (enterprise_id),
  KEY ix_verification_status (status, approved_at),
  KEY ix_verification_department (department_code, status, approved_at),
  CONSTRAINT fk_verification_application FOREIGN KEY (application_id) REFERENCES application (id),
  CONSTRAINT ck_verification_risk_level CHECK (risk_level IN ('LOW', 'MEDIUM', 'HIGH')),
  CONSTRAINT ck_verification_rate CHECK (sampling_rate >= 0 AND sampling_rate <= 1),
  CONSTRAINT ck_verification_draw CHECK (draw >= 0 AND draw < 1),
  CONSTRAINT ck_verification_status CHECK (status IN ('NOT_SAMPLED', 'PENDING', 'VERIFIED', 'REVOKED')),
  CONSTRAINT ck_verification_sampled CHECK (sampled = (status <> 'NOT_SAMPLED')),
  CONSTRAINT ck_verification_due CHECK (sampled = (due_at IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
