-- SAMPLE DATA for trying the service hall (local profile only): a sample proof catalogue
-- (证明事项清单). Every row is marked sample = TRUE; the dispositions follow common practice under
-- 国办发〔2020〕42号 but this is not an official catalogue. Re-runnable: rows are inserted or
-- brought up to date.

INSERT INTO proof
  (code, name, issuing_authority, disposition, evidence_type, provider, fallback,
   verification_method, verification_days, risk_level, basis, note, sample, updated_at, updated_by)
VALUES
  ('GXZM-001', '营业执照', '市场监督管理局', 'DATA_SHARING', 'MARKET_ENTITY', 'market-register',
   'UPLOAD', NULL, NULL, 'LOW', '《优化营商环境条例》第三十五条', '通过市场主体登记信息共享核验。',
   TRUE, UTC_TIMESTAMP(), 'system'),
  ('GXZM-002', '国有土地使用权证明', '自然资源和规划局', 'REQUIRED', NULL, NULL, NULL, NULL, NULL,
   'HIGH', NULL, '不动产权证书或国有建设用地使用权出让合同。', TRUE, UTC_TIMESTAMP(), 'system'),
  ('GXZM-003', '建设工程规划许可证', '规划建设局', 'DEPARTMENT_VERIFICATION', NULL, NULL, NULL,
   NULL, NULL, 'LOW', NULL, '由本局核验已核发的许可证。', TRUE, UTC_TIMESTAMP(), 'system'),
  ('GXZM-004', '住所（经营场所）使用证明', '不动产登记中心', 'COMMITMENT', NULL, NULL, NULL,
   '登记后实地核查住所', 30, 'MEDIUM', '国办发〔2020〕42号', '实行住所申报承诺制。', TRUE,
   UTC_TIMESTAMP(), 'system'),
  ('GXZM-005', '股东主体资格证明', '市场监督管理局', 'DATA_SHARING', 'MARKET_ENTITY',
   'market-register', 'COMMITMENT', '比对市场主体登记信息', 20, 'LOW', NULL,
   '法人股东的主体资格通过登记信息共享核验。', TRUE, UTC_TIMESTAMP(), 'system'),
  ('GXZM-006', '食品安全管理人员考核合格证明', '市场监督管理局', 'DEPARTMENT_VERIFICATION', NULL,
   NULL, NULL, NULL, NULL, 'MEDIUM', NULL, '由本局查询考核记录核验。', TRUE, UTC_TIMESTAMP(),
   'system'),
  ('GXZM-007', '经营场所房屋产权证明', '不动产登记中心', 'ABOLISHED', NULL, NULL, NULL, NULL, NULL,
   'LOW', '国办发〔2020〕42号', '该证明事项已取消，无需提供。', TRUE, UTC_TIMESTAMP(), 'system'),
  ('GXZM-008', '清税证明', '税务局', 'DATA_SHARING', 'TAX_CREDIT', 'tax-credit', 'UPLOAD', NULL,
   NULL, 'MEDIUM', NULL, '通过税务部门信息共享核验清税情况。', TRUE, UTC_TIMESTAMP(), 'system'),
  ('GXZM-009', '投资项目备案（核准）文件', '发展和改革局', 'DEPARTMENT_VERIFICATION', NULL, NULL,
   NULL, NULL, NULL, 'LOW', NULL, '通过投资项目在线审批监管平台核验。', TRUE, UTC_TIMESTAMP(),
   'system'),
  ('GXZM-010', '环境影响评价审批文件', '生态环境分局', 'DEPARTMENT_VERIFICATION', NULL, NULL, NULL,
   NULL, NULL, 'LOW', NULL, '由本分局核验已作出的审批意见。', TRUE, UTC_TIMESTAMP(), 'system'),
  ('GXZM-011', '重点污染物排放总量控制指标来源证明', '生态环境分局', 'REQUIRED', NULL, NULL, NULL,
   NULL, NULL, 'HIGH', NULL, '新建、改建、扩建项目排放重点污染物的提交。', TRUE, UTC_TIMESTAMP(),
   'system')
ON DUPLICATE KEY UPDATE
  name = VALUES(name), issuing_authority = VALUES(issuing_authority),
  disposition = VALUES(disposition), evidence_type = VALUES(evidence_type),
  provider = VALUES(provider), fallback = VALUES(fallback),
  verification_method = VALUES(verification_method),
  verification_days = VALUES(verification_days), risk_level = VALUES(risk_level),
  basis = VALUES(basis), note = VALUES(note), sample = VALUES(sample);

-- version 1 of each commitment text; an administrator's later versions are kept
INSERT IGNORE INTO proof_commitment_text (proof_code, version, text, sha256, created_at, created_by)
SELECT code, 1, text, SHA2(text, 256), UTC_TIMESTAMP(), 'system'
FROM (
  SELECT 'GXZM-004' AS code,
         '本单位承诺：申报的住所（经营场所）真实存在，本单位依法享有使用权，并可通过该住所与本单位取得联系；如有不实，愿意承担相应法律责任，并接受撤销登记、列入经营异常名录等处理。' AS text
  UNION ALL
  SELECT 'GXZM-005',
         '本单位承诺：各股东依法设立并有效存续，具备股东主体资格，所填股东信息与登记机关记载一致；如有不实，愿意承担相应法律责任，并接受撤销办理结果和信用惩戒。'
) texts;
