-- 联合验收 (竣工验收阶段): the departments inspect in parallel and give one joint result, the 联合验收
-- 意见书 of the project's stage, listing each department's conclusion; verified by its code like any
-- result. Its PDF lies in the content-addressed files by its sha256. Numbered per year as the
-- other results are (result_number, kind JOINT_ACCEPTANCE).
CREATE TABLE joint_result (
  code               CHAR(26)     NOT NULL,
  -- the parallel approval's group: <project id>:<stage>
  group_key          VARCHAR(80)  NOT NULL,
  document_number    VARCHAR(40)  NOT NULL,
  title              VARCHAR(64)  NOT NULL,
  enterprise_id      BIGINT       NOT NULL,
  holder_name        VARCHAR(200) NOT NULL,
  holder_credit_code CHAR(18)     NOT NULL,
  -- what was accepted: the project's name
  subject            VARCHAR(200) NOT NULL,
  passed             BOOLEAN      NOT NULL,
  issued_at          DATETIME     NOT NULL,
  sha256             CHAR(64)     NOT NULL,
  size               BIGINT       NOT NULL,
  PRIMARY KEY (code),
  UNIQUE KEY uk_joint_result_group (group_key),
  UNIQUE KEY uk_joint_result_number (document_number),
  CONSTRAINT fk_joint_result_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
