-- The proof catalogue (证明事项清单, 国办发〔2020〕42号): every proof an item may ask for, the
-- authority that issues it and how the zone handles it. An item's PROOF materials point to it,
-- so a proof's disposition is decided once, in the catalogue, for every item that needs it.
CREATE TABLE proof (
  code                VARCHAR(32)   NOT NULL,
  name                VARCHAR(200)  NOT NULL,
  issuing_authority   VARCHAR(200)  NOT NULL,
  disposition         VARCHAR(32)   NOT NULL,
  -- DATA_SHARING: the kind of evidence fetched (e.g. MARKET_ENTITY) and the provider serving it
  evidence_type       VARCHAR(32)   NULL,
  provider            VARCHAR(64)   NULL,
  -- DATA_SHARING: what the applicant is offered when the provider fails: COMMITMENT or UPLOAD
  fallback            VARCHAR(16)   NULL,
  -- COMMITMENT (also DATA_SHARING falling back to one): how the commitment is verified after the
  -- decision, and within how many working days
  verification_method VARCHAR(500)  NULL,
  verification_days   INT           NULL,
  risk_level          VARCHAR(8)    NOT NULL DEFAULT 'LOW',
  -- the legal basis of the disposition (e.g. the notice that abolished the proof)
  basis               VARCHAR(500)  NULL,
  note                VARCHAR(1000) NULL,
  -- sample rows shipped with the demo data are labelled as such
  sample              BOOLEAN       NOT NULL DEFAULT FALSE,
  updated_at          DATETIME      NOT NULL,
  updated_by          VARCHAR(64)   NOT NULL,
  PRIMARY KEY (code),
  KEY ix_proof_disposition (disposition, code),
  CONSTRAINT ck_proof_disposition CHECK (disposition IN
    ('ABOLISHED', 'DATA_SHARING', 'COMMITMENT', 'DEPARTMENT_VERIFICATION', 'REQUIRED')),
  CONSTRAINT ck_proof_sharing CHECK ((disposition = 'DATA_SHARING')
    = (evidence_type IS NOT NULL AND provider IS NOT NULL AND fallback IS NOT NULL)),
  CONSTRAINT ck_proof_fallback CHECK (fallback IS NULL OR fallback IN ('COMMITMENT', 'UPLOAD')),
  CONSTRAINT ck_proof_verification CHECK (
    (disposition = 'COMMITMENT' OR fallback = 'COMMITMENT')
    = (verification_method IS NOT NULL AND verification_days IS NOT NULL)),
  CONSTRAINT ck_proof_verification_days CHECK (verification_days IS NULL OR verification_days > 0),
  CONSTRAINT ck_proof_risk_level CHECK (risk_level IN ('LOW', 'MEDIUM', 'HIGH'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A commitment text is versioned: a signature names the version and the hash of the exact text.
CREATE TABLE proof_commitment_text (
  proof_code VARCHAR(32) NOT NULL,
  version    INT         NOT NULL,
  text       TEXT        NOT NULL,
  -- sha256 of the text's UTF-8 bytes, hex
  sha256     CHAR(64)    NOT NULL,
  created_at DATETIME    NOT NULL,
  created_by VARCHAR(64) NOT NULL,
  PRIMARY KEY (proof_code, version),
  CONSTRAINT fk_commitment_text_proof FOREIGN KEY (proof_code) REFERENCES proof (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Materials name their proof; the disposition moves to the proof. Existing proof materials become
-- proofs of their own (one per distinct name) and keep their disposition: shared data points to a
-- provider not yet configured, so applicants are offered the upload until an administrator names
-- the real one; commitments get a generic text until the real one is published.
ALTER TABLE item_material ADD COLUMN proof_code VARCHAR(32) NULL AFTER required;

INSERT INTO proof (code, name, issuing_authority, disposition, evidence_type, provider, fallback,
                   verification_method, verification_days, risk_level, note, updated_at, updated_by)
SELECT CONCAT('MIG-', LPAD(ROW_NUMBER() OVER (ORDER BY name), 4, '0')), name, '待补充', disposition,
       CASE WHEN disposition = 'DATA_SHARING' THEN 'UNSPECIFIED' END,
       CASE WHEN disposition = 'DATA_SHARING' THEN 'unconfigured' END,
       CASE WHEN disposition = 'DATA_SHARING' THEN 'UPLOAD' END,
       CASE WHEN disposition = 'COMMITMENT' THEN '待补充' END,
       CASE WHEN disposition = 'COMMITMENT' THEN 20 END,
       'LOW', '升级时由申请材料转换，请补充发证机关、核验来源或承诺书。', UTC_TIMESTAMP(), 'system'
FROM (SELECT name, MIN(disposition) AS disposition
      FROM item_material WHERE kind = 'PROOF' GROUP BY name) converted;

INSERT INTO proof_commitment_text (proof_code, version, text, sha256, created_at, created_by)
SELECT code, 1, generic.text, SHA2(generic.text, 256), UTC_TIMESTAMP(), 'system'
FROM (SELECT code, CONCAT('本单位承诺：申请材料中关于“', name,
        '”的信息真实、准确、完整，符合法定条件；如有不实，愿意承担相应法律责任，并接受撤销办理结果和信用惩戒。') AS text
      FROM proof WHERE disposition = 'COMMITMENT') generic;

UPDATE item_material m JOIN proof p ON p.name = m.name AND p.code LIKE 'MIG-%'
SET m.proof_code = p.code
WHERE m.kind = 'PROOF';

ALTER TABLE item_material DROP CONSTRAINT ck_item_material_proof;
ALTER TABLE item_material DROP CONSTRAINT ck_item_material_disposition;
ALTER TABLE item_material DROP COLUMN disposition;
ALTER TABLE item_material ADD CONSTRAINT ck_item_material_proof
  CHECK ((kind = 'PROOF') = (proof_code IS NOT NULL));
ALTER TABLE item_material ADD CONSTRAINT fk_item_material_proof
  FOREIGN KEY (proof_code) REFERENCES proof (code);
CREATE INDEX ix_item_material_proof ON item_material (proof_code);
