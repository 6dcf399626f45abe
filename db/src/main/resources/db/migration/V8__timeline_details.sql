-- What a timeline entry names besides its comment: the special procedure (行政许可法 §45) that
-- started or finished, and the working days of an extension (§42).
ALTER TABLE timeline_entry
  ADD COLUMN special_procedure VARCHAR(32) NULL AFTER comment,
  ADD COLUMN days              INT         NULL AFTER special_procedure;
