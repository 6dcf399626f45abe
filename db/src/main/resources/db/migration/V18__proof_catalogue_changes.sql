-- The proof catalogue's audit trail: every change an administrator makes, through the API or by
-- importing a file, with the proof as it was before and after (JSON, including its current
-- commitment text). Kept after a proof is deleted, so there is no foreign key to proof.
CREATE TABLE proof_change (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  proof_code  VARCHAR(32)  NOT NULL,
  action      VARCHAR(32)  NOT NULL,
  -- API: one call of the administration API; IMPORT: one row of an imported file
  via         VARCHAR(8)   NOT NULL,
  -- the imported file's name
  source      VARCHAR(255) NULL,
  changed_by  VARCHAR(64)  NOT NULL,
  changed_at  DATETIME     NOT NULL,
  before_json JSON         NULL,
  after_json  JSON         NULL,
  PRIMARY KEY (id),
  KEY ix_proof_change_proof (proof_code, id),
  CONSTRAINT ck_proof_change_action CHECK (action IN
    ('CREATED', 'UPDATED', 'DELETED', 'COMMITMENT_TEXT_PUBLISHED')),
  CONSTRAINT ck_proof_change_via CHECK (via IN ('API', 'IMPORT')),
  CONSTRAINT ck_proof_change_states CHECK (
    (action = 'CREATED' AND before_json IS NULL AND after_json IS NOT NULL)
    OR (action = 'DELETED' AND before_json IS NOT NULL AND after_json IS NULL)
    OR (action IN ('UPDATED', 'COMMITMENT_TEXT_PUBLISHED')
        AND before_json IS NOT NULL AND after_json IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
