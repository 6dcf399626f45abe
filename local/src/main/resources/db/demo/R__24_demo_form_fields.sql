-- SAMPLE DATA (local profile only): the demo items that have application forms of their own; every
-- other demo item uses the standard form. A standard field keeps its bundled label (label NULL).
-- Re-runnable: the demo items' fields are replaced as a whole.
DELETE FROM item_form_field WHERE item_code IN ('GX-PLAN-001', 'GX-ENV-001');

INSERT INTO item_form_field
  (item_code, name, type, required, max_length, position, label, options)
VALUES
  ('GX-PLAN-001', 'projectName', 'TEXT', TRUE, 100, 1, NULL, NULL),
  ('GX-PLAN-001', 'landArea', 'NUMBER', TRUE, NULL, 2, '用地面积（平方米）', NULL),
  ('GX-PLAN-001', 'plannedStart', 'DATE', FALSE, NULL, 3, '计划开工日期', NULL),
  ('GX-PLAN-001', 'contactName', 'TEXT', FALSE, 50, 4, NULL, NULL),
  ('GX-PLAN-001', 'contactPhone', 'PHONE', FALSE, 20, 5, NULL, NULL),
  ('GX-PLAN-001', 'note', 'LONG_TEXT', FALSE, 1000, 6, NULL, NULL),

  ('GX-ENV-001', 'projectName', 'TEXT', TRUE, 100, 1, NULL, NULL),
  ('GX-ENV-001', 'reportType', 'CHOICE', TRUE, NULL, 2, '环境影响评价文件类型', '环境影响报告书|环境影响报告表'),
  ('GX-ENV-001', 'totalInvestment', 'NUMBER', FALSE, NULL, 3, '总投资（万元）', NULL),
  ('GX-ENV-001', 'contactName', 'TEXT', FALSE, 50, 4, NULL, NULL),
  ('GX-ENV-001', 'contactPhone', 'PHONE', FALSE, 20, 5, NULL, NULL),
  ('GX-ENV-001', 'note', 'LONG_TEXT', FALSE, 1000, 6, NULL, NULL);
