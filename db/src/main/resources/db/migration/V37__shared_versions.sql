-- Data that every node of the service hall keeps a copy of in memory (the working-day calendar,
-- the service items) has a version here: a change raises it in the changing transaction, and every
-- node compares the version of its copy with this row every few seconds and reloads when it moved
-- (yingzai.shared-versions.refresh-every, docs/operations.md).
CREATE TABLE shared_version (
  name    VARCHAR(32) NOT NULL,
  version BIGINT      NOT NULL,
  PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO shared_version (name, version) VALUES ('calendar', 0), ('catalogue', 0);
