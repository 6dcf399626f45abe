-- The audit trail: one append-only record per action, hash-chained. Each record's hash is
-- sha256(prev_hash ‖ its canonical form); records are appended in seq order under the lock of the
-- one audit_head row, so seq has no gaps and every record names its predecessor's hash.
CREATE TABLE audit_record (
  seq            BIGINT       NOT NULL,
  -- whole seconds in UTC, as every DATETIME of the service hall (fractions are not sent)
  at             DATETIME     NOT NULL,
  actor          VARCHAR(64)  NOT NULL,
  role           VARCHAR(16)  NOT NULL,
  address        VARCHAR(45)  NULL,
  object_type    VARCHAR(32)  NOT NULL,
  object_id      VARCHAR(64)  NOT NULL,
  application_id CHAR(36)     NULL,
  action         VARCHAR(64)  NOT NULL,
  reason         TEXT         NULL,
  -- sha256 of the change's canonical JSON
  digest         CHAR(64)     NOT NULL,
  prev_hash      CHAR(64)     NOT NULL,
  hash           CHAR(64)     NOT NULL,
  PRIMARY KEY (seq),
  KEY ix_audit_record_application (application_id, seq),
  KEY ix_audit_record_actor (actor, seq),
  KEY ix_audit_record_object (object_type, object_id, seq),
  KEY ix_audit_record_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The last appended record; the genesis hash is 64 zeros.
CREATE TABLE audit_head (
  id   TINYINT  NOT NULL,
  seq  BIGINT   NOT NULL,
  hash CHAR(64) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT ck_audit_head_one CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audit_head (id, seq, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- The head as it was each day (also written to the log), so that a cut-off tail is visible.
CREATE TABLE audit_anchor (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  day         DATE        NOT NULL,
  seq         BIGINT      NOT NULL,
  hash        CHAR(64)    NOT NULL,
  anchored_at DATETIME    NOT NULL,
  PRIMARY KEY (id),
  KEY ix_audit_anchor_seq (seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only for everyone, whatever their grants: changing a record needs dropping the trigger,
-- which the service hall's database user may not do (docs/operations.md).
CREATE TRIGGER audit_record_no_update BEFORE UPDATE ON audit_record FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit records are append-only';
CREATE TRIGGER audit_record_no_delete BEFORE DELETE ON audit_record FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit records are append-only';
CREATE TRIGGER audit_anchor_no_update BEFORE UPDATE ON audit_anchor FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit anchors are append-only';
CREATE TRIGGER audit_anchor_no_delete BEFORE DELETE ON audit_anchor FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit anchors are append-only';
