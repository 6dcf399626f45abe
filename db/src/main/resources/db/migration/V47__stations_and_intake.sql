-- 就近办理 and taking applications in person (受理渠道 HALL, STATION; 收受分离: who receives is not
-- who decides). The service hall is a station of kind HALL that takes in every item; a town
-- station takes in only the items listed for it.

ALTER TABLE station
  ADD COLUMN kind          VARCHAR(8)   NOT NULL DEFAULT 'STATION',
  ADD COLUMN address       VARCHAR(200) NULL,
  ADD COLUMN opening_hours VARCHAR(200) NULL,
  ADD COLUMN phone         VARCHAR(32)  NULL,
  ADD CONSTRAINT ck_station_kind CHECK (kind IN ('HALL', 'STATION'));

-- the items a town station may take in; the guide's "where it can be handled" reads it by item
CREATE TABLE station_item (
  station_code VARCHAR(32) NOT NULL,
  item_code    VARCHAR(32) NOT NULL,
  PRIMARY KEY (station_code, item_code),
  KEY ix_station_item_item (item_code, station_code),
  CONSTRAINT fk_station_item_station FOREIGN KEY (station_code) REFERENCES station (code)
    ON DELETE CASCADE,
  CONSTRAINT fk_station_item_item FOREIGN KEY (item_code) REFERENCES service_item (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- receive: takes applications in person at the hall or a station (the clerk's station_code)
ALTER TABLE user_duty DROP CONSTRAINT ck_user_duty;
ALTER TABLE user_duty ADD CONSTRAINT ck_user_duty
  CHECK (duty IN ('accept', 'review', 'decide', 'issue', 'verify', 'help', 'receive'));

-- where an application was taken, and where its applicant gets the result
ALTER TABLE application
  ADD COLUMN station_code    VARCHAR(32) NULL,
  ADD COLUMN result_delivery VARCHAR(16) NOT NULL DEFAULT 'ONLINE',
  ADD CONSTRAINT fk_application_station FOREIGN KEY (station_code) REFERENCES station (code),
  ADD CONSTRAINT ck_application_result_delivery CHECK (result_delivery IN ('ONLINE', 'STATION')),
  -- taken in person: at a station; online: at none
  ADD CONSTRAINT ck_application_station CHECK (
    (channel = 'ONLINE' AND station_code IS NULL) OR (channel <> 'ONLINE' AND station_code IS NOT NULL));

-- a station's applications, newest first (the receiving clerk's list; figures by station)
CREATE INDEX ix_application_station ON application (station_code, created_at);
-- figures by channel over a period
CREATE INDEX ix_application_channel ON application (channel, submitted_at);

-- the person who came to the counter: the ID number encrypted (AES-GCM, key outside the database)
-- and kept masked for every answer; the authorization letter where they are not the legal
-- representative, a file of the content-addressed store
CREATE TABLE intake_person (
  application_id           CHAR(36)     NOT NULL,
  station_code             VARCHAR(32)  NOT NULL,
  person_name              VARCHAR(100) NOT NULL,
  id_type                  VARCHAR(32)  NOT NULL,
  id_number_cipher         VARCHAR(200) NOT NULL,
  id_number_masked         VARCHAR(40)  NOT NULL,
  legal_representative     BOOLEAN      NOT NULL,
  authorization_file_name  VARCHAR(255) NULL,
  authorization_sha256     CHAR(64)     NULL,
  authorization_size_bytes BIGINT       NULL,
  received_by              VARCHAR(64)  NOT NULL,
  received_at              DATETIME     NOT NULL,
  PRIMARY KEY (application_id),
  -- the stored-files sweep asks which files a row still references
  KEY ix_intake_person_authorization (authorization_sha256),
  CONSTRAINT fk_intake_person_application FOREIGN KEY (application_id) REFERENCES application (id),
  CONSTRAINT fk_intake_person_station FOREIGN KEY (station_code) REFERENCES station (code),
  CONSTRAINT ck_intake_person_id_type CHECK (id_type IN ('RESIDENT_ID', 'PASSPORT',
    'HK_MACAO_PERMIT', 'TAIWAN_PERMIT', 'FOREIGN_PERMANENT_RESIDENT_ID')),
  -- someone other than the legal representative brings the authorization letter: scanned before
  -- the submission, which refuses without it
  CONSTRAINT ck_intake_person_name CHECK (CHAR_LENGTH(TRIM(person_name)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- a commitment signed on the screen at the counter: the clerk who witnessed it
ALTER TABLE commitment_signature ADD COLUMN witnessed_by VARCHAR(64) NULL;

-- a result handed over at the station: once, by whom, to whom
CREATE TABLE result_handover (
  application_id  CHAR(36)     NOT NULL,
  station_code    VARCHAR(32)  NOT NULL,
  handed_over_by  VARCHAR(64)  NOT NULL,
  handed_over_at  DATETIME     NOT NULL,
  recipient_name  VARCHAR(100) NOT NULL,
  PRIMARY KEY (application_id),
  KEY ix_result_handover_station (station_code, handed_over_at),
  CONSTRAINT fk_result_handover_application FOREIGN KEY (application_id) REFERENCES application (id),
  CONSTRAINT fk_result_handover_station FOREIGN KEY (station_code) REFERENCES station (code),
  CONSTRAINT ck_result_handover_recipient CHECK (CHAR_LENGTH(TRIM(recipient_name)) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
