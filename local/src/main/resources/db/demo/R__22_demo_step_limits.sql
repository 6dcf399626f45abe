-- Sample data (demo only): per-step limits of the demo items, within their promised limits.
INSERT INTO item_step_limit (item_code, step, limit_value)
SELECT code, 'ACCEPT', IF(handling_type = 'INSTANT', 0, 1) FROM service_item
WHERE code LIKE 'GX-%'
ON DUPLICATE KEY UPDATE limit_value = VALUES(limit_value);

INSERT INTO item_step_limit (item_code, step, limit_value)
SELECT code, 'REVIEW', GREATEST(promised_limit - 3, 1) FROM service_item
WHERE code LIKE 'GX-%' AND handling_type = 'COMMITTED'
ON DUPLICATE KEY UPDATE limit_value = VALUES(limit_value);

INSERT INTO item_step_limit (item_code, step, limit_value)
SELECT code, 'DECIDE', 2 FROM service_item
WHERE code LIKE 'GX-%' AND handling_type = 'COMMITTED'
ON DUPLICATE KEY UPDATE limit_value = VALUES(limit_value);

INSERT INTO item_step_limit (item_code, step, limit_value)
SELECT code, 'SUPPLEMENT', 10 FROM service_item
WHERE code LIKE 'GX-%'
ON DUPLICATE KEY UPDATE limit_value = VALUES(limit_value);
