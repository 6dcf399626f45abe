-- SAMPLE DATA (local profile only): what some demo items issue on approval. Every other demo item
-- issues an approval decision (准予行政许可决定书) without a validity period. Re-runnable.
DELETE FROM item_result WHERE item_code IN ('GX-PLAN-001', 'GX-MKT-002', 'GX-ENV-001');

INSERT INTO item_result (item_code, document_kind, title, validity_months, fields)
VALUES
  ('GX-PLAN-001', 'LICENCE', '建设工程规划许可证', 24, 'projectName|landArea|plannedStart'),
  ('GX-MKT-002', 'LICENCE', '食品经营许可证', 60, NULL),
  ('GX-ENV-001', 'DECISION', '建设项目环境影响评价文件审批决定书', NULL, 'projectName|reportType');
