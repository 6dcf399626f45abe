-- What a clerk's queue shows of each task: its outcomes, which for the accept task depend on the
-- handling type (INSTANT items are decided there).
ALTER TABLE work_task ADD COLUMN handling_type VARCHAR(16) NULL;
UPDATE work_task w JOIN application a ON a.id = w.application_id
SET w.handling_type = a.handling_type;

-- The deadline under the item's legal limit is derived from the same ledger as the one under the
-- promised limit the clock runs on (same pauses, same extensions): each clock keeps its legal
-- limit, fixed at acceptance like the promised one.
ALTER TABLE application_clock ADD COLUMN legal_limit INT NULL;
UPDATE application_clock c
  JOIN application a ON a.id = c.application_id
  JOIN service_item i ON i.code = a.item_code
SET c.legal_limit = GREATEST(i.legal_limit, c.limit_value);
ALTER TABLE application_clock MODIFY legal_limit INT NOT NULL;
ALTER TABLE application_clock ADD CONSTRAINT ck_clock_legal_limit CHECK (legal_limit >= limit_value);

-- The application keeps a copy of the legal deadline for lists, and when its clock's open pause
-- began: a paused clock keeps its state, so it counts as past its legal deadline only if that
-- deadline had passed when it paused. The legal deadline of applications accepted before is
-- filled in at start-up (it needs the working-day calendar).
ALTER TABLE application
  ADD COLUMN legal_deadline  DATETIME NULL,
  ADD COLUMN clock_paused_at DATETIME NULL;
UPDATE application a
  JOIN clock_segment s ON s.application_id = a.id AND s.kind = 'PAUSED' AND s.ended_at IS NULL
SET a.clock_paused_at = s.started_at
WHERE a.clock_paused;

-- open applications past their legal deadline, counted and listed nearest deadline first
CREATE INDEX ix_application_open_legal
  ON application (status, legal_deadline, clock_paused_at, department_code, item_code);
