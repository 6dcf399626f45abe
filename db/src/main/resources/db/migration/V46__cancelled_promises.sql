-- A promise of an application that was withdrawn, refused or denied before its material came is
-- cancelled: nothing is withheld for it and it is never broken (no credit record).
ALTER TABLE material_promise DROP CONSTRAINT ck_material_promise_status;
ALTER TABLE material_promise ADD CONSTRAINT ck_material_promise_status
  CHECK (status IN ('PROMISED', 'SUPPLIED', 'BROKEN', 'CANCELLED'));
