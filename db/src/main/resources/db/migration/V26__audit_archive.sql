-- Archived stretches of the audit trail. Records older than the retention (at least 180 days) are
-- moved, a stretch of consecutive seqs at a time, into a gzipped JSON Lines file each; the stretch's
-- row keeps the hash before its first record and the hash of its last, and the file's sha256, so
-- that the chain is still walked from the genesis through the files into the table.
CREATE TABLE audit_archive (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  from_seq    BIGINT       NOT NULL,
  to_seq      BIGINT       NOT NULL,
  prev_hash   CHAR(64)     NOT NULL,
  last_hash   CHAR(64)     NOT NULL,
  first_at    DATETIME     NOT NULL,
  last_at     DATETIME     NOT NULL,
  file_name   VARCHAR(64)  NOT NULL,
  file_sha256 CHAR(64)     NOT NULL,
  archived_at DATETIME     NOT NULL,
  PRIMARY KEY (id),
  -- two instances archiving at once: the second stretch starting at the same seq is refused
  UNIQUE KEY uk_audit_archive_from (from_seq),
  UNIQUE KEY uk_audit_archive_to (to_seq),
  CONSTRAINT ck_audit_archive_range CHECK (from_seq <= to_seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER audit_archive_no_update BEFORE UPDATE ON audit_archive FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit archives are append-only';
CREATE TRIGGER audit_archive_no_delete BEFORE DELETE ON audit_archive FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit archives are append-only';

-- A record may now be deleted, but only once it is older than 180 days and an archived stretch
-- holds it; whoever forges a stretch to delete records is caught by the verification, which finds
-- no file with that stretch's sha256.
DROP TRIGGER audit_record_no_delete;

DELIMITER $$
CREATE TRIGGER audit_record_no_delete BEFORE DELETE ON audit_record FOR EACH ROW
BEGIN
  IF OLD.at >= UTC_TIMESTAMP() - INTERVAL 180 DAY
     OR NOT EXISTS (SELECT 1 FROM audit_archive a
                    WHERE a.from_seq <= OLD.seq AND a.to_seq >= OLD.seq) THEN
    SIGNAL SQLSTATE '45000'
      SET MESSAGE_TEXT = 'audit records are append-only until archived after 180 days';
  END IF;
END$$
DELIMITER ;
