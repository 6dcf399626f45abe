-- The query code (查询码) an applicant gets at submission: with the number it opens the public
-- progress query. Eight characters from an alphabet without look-alikes, drawn by SecureRandom.
ALTER TABLE application ADD COLUMN query_code CHAR(8) NULL;

-- Where an item is handled in person (办理地点), shown in the service guide beside online handling.
ALTER TABLE service_item ADD COLUMN handling_place VARCHAR(500) NULL;
