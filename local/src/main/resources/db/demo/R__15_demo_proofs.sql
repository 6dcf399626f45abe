-- SAMPLE DATA — 示例数据，不是正式的证明事项清单. Loaded for trying the service hall (local
-- profile only, never in production): a sample proof catalogue (证明事项清单) of 47 proofs across
-- all five dispositions. Every row is marked sample = TRUE. Names, issuing authorities and
-- dispositions follow common practice under 国办发〔2020〕42号, but no authority published this
-- list: a zone imports its own catalogue (POST /api/admin/proofs/import, docs/operations.md).
-- Shared-data proofs use only the evidence types the local providers serve: MARKET_ENTITY
-- (market-register), TAX_CREDIT (tax-credit) and SOCIAL_INSURANCE (social-insurance).
-- Re-runnable: rows are inserted or brought up to date; commitment texts get version 1 once and
-- an administrator's later versions are kept. GXZM-001..011 are named by tests: keep them.

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
   'system'),
  ('GXZM-012', '从业人员健康证明', '疾病预防控制中心', 'REQUIRED', NULL, NULL, NULL, NULL, NULL,
   'MEDIUM', '《中华人民共和国食品安全法》第四十五条',
   '从事接触直接入口食品工作的从业人员须取得健康证明后上岗。', TRUE, UTC_TIMESTAMP(), 'system'),
  ('GXZM-013', '纳税证明', '税务局', 'DATA_SHARING', 'TAX_CREDIT', 'tax-credit', 'UPLOAD', NULL,
   NULL, 'LOW', NULL, '通过税务部门信息共享核验纳税情况。', TRUE, UTC_TIMESTAMP(), 'system'),
  ('GXZM-014', '纳税信用等级证明', '税务局', 'DATA_SHARING', 'TAX_CREDIT', 'tax-credit',
   'COMMITMENT', '比对税务部门发布的纳税信用评价结果', 20, 'MEDIUM', NULL,
   '通过税务部门信息共享核验；核验不成功的可签署承诺。', TRUE, UTC_TIMESTAMP(), 'system'),
  ('GXZM-015', '社会保险费缴纳证明', '社会保险事业中心', 'DATA_SHARING', 'SOCIAL_INSURANCE',
   'social-insurance', 'UPLOAD', NULL, NULL, 'LOW', NULL, '通过社会保险信息共享核验缴费记录。', TRUE,
   UTC_TIMESTAMP(), 'system'),
  ('GXZM-016', '职工社会保险参保证明', '人力资源和社会保障局', 'DATA_SHARING', 'SOCIAL_INSURANCE',
   'social-insurance', 'COMMITMENT', '比对社会保险参保登记和缴费记录', 20, 'MEDIUM', NULL,
   '通过社会保险信息共享核验；核验不成功的可签署承诺。', TRUE, UTC_TIMESTAMP(), 'system'),
  ('GXZM-017', '社会保险费清缴证明', '社会保险事业中心', 'DATA_SHARING', 'SOCIAL_INSURANCE',
   'social-insurance', 'UPLOAD', NULL, NULL, 'MEDIUM', '《中华人民共和国社会保险法》',
   '注销前通过社会保险信息共享核验社会保险费是否结清。', TRUE, UTC_TIMESTAMP(), 'system'),
  ('GXZM-018', '无犯罪记录证明', '公安局', 'COMMITMENT', NULL, NULL, NULL,
   '向公安机关核查法定代表人、主要负责人的违法犯罪记录', 20, 'HIGH', '国办发〔2020〕42号',
   '以签署承诺代替提交，作出决定后核查。', TRUE, UTC_TIMESTAMP(), 'system'),
  ('GXZM-019', '学历证明', '教育局', 'DEPARTMENT_VERIFICATION', NULL, NULL, NULL, NULL, NULL,
   'LOW', NULL, '由受理部门通过全国学历信息查询系统核验。', TRUE, UTC_TIMESTAMP(), 'system'),
  ('GXZM-020', '房屋租赁合同备案证明', '住房和城乡建设局', 'ABOLISHED', NULL, NULL, NULL, NULL,
   NULL, 'LOW', '国办发〔2020〕42号', '该证明事项已取消，无需提供。', TRUE, UTC_TIMESTAMP(), 'system'),
  ('GXZM-021', '专业技术职称证明', '人力资源和社会保障局', 'DEPARTMENT_VERIFICATION', NULL, NULL,
   NULL, NULL, NULL, 'LOW', NULL, '由受理部门通过职称评审信息系统核验。', TRUE, UTC_TIMESTAMP(),
   'system'),
  ('GXZM-022', '企业无违法违规证明', '市场监督管理局', 'COMMITMENT', NULL, NULL, NULL,
   '查询行政处罚记录、经营异常名录和严重违法失信名单', 30, 'MEDIUM', '国办发〔2020〕42号',
   '以签署无违法违规承诺代替提交，作出决定后核查。', TRUE, UTC_TIMESTAMP(), 'system'),
  ('GXZM-023', '法定代表人身份证明', '公安局', 'DEPARTMENT_VERIFICATION', NULL, NULL, NULL, NULL,
   NULL, 'LOW', NULL, '由受理部门通过人口信息共享核验身份。', TRUE, UTC_TIMESTAMP(), 'system'),
  ('GXZM-024', '企业名称预先核准通知书', '市场监督管理局', 'ABOLISHED', NULL, NULL, NULL, NULL,
   NULL, 'LOW', '《中华人民共和国市场主体登记管理条例》', '实行企业名称自主申报，不再核发。', TRUE,
   UTC_TIMESTAMP(), 'system'),
  ('GXZM-025', '施工图设计文件审查合格书', '住房和城乡建设局', 'ABOLISHED', NULL, NULL, NULL,
   NULL, NULL, 'LOW', '工程建设项目审批制度改革',
   '施工图审查结果由联合审查系统推送，无需申请人提交。', TRUE, UTC_TIMESTAMP(), 'system'),
  ('GXZM-026', '公众聚集场所投入使用、营业前消防安全检查合格证明', '消防救援大队', 'COMMITMENT',
   NULL, NULL, NULL, '消防救援机构在作出决定后实地检查', 20, 'HIGH',
   '《中华人民共和国消防法》第十五条', '实行告知承诺，作出决定后实地检查。', TRUE, UTC_TIMESTAMP(),
   'system'),
  ('GXZM-027', '特种设备使用登记证', '市场监督管理局', 'DEPARTMENT_VERIFICATION', NULL, NULL, NULL,
   NULL, NULL, 'MEDIUM', NULL, '通过特种设备安全监管系统核验。', TRUE, UTC_TIMESTAMP(), 'system'),
  ('GXZM-028', '建设工程消防验收意见书', '住房和城乡建设局', 'DEPARTMENT_VERIFICATION', NULL, NULL,
   NULL, NULL, NULL, 'MEDIUM', NULL, '由住建部门核验已出具的验收意见。', TRUE, UTC_TIMESTAMP(),
   'system'),
  ('GXZM-029', '建设用地规划许可证', '自然资源和规划局', 'DEPARTMENT_VERIFICATION', NULL, NULL, NULL,
   NULL, NULL, 'LOW', NULL, '由规划部门核验已核发的许可证。', TRUE, UTC_TIMESTAMP(), 'system'),
  ('GXZM-030', '安全生产许可证', '应急管理局', 'DEPARTMENT_VERIFICATION', NULL, NULL, NULL, NULL,
   NULL, 'MEDIUM', NULL, '通过安全生产许可信息系统核验。', TRUE, UTC_TIMESTAMP(), 'system'),
  ('GXZM-031', '验资证明', '会计师事务所', 'ABOLISHED', NULL, NULL, NULL, NULL, NULL, 'LOW',
   '《中华人民共和国公司法》（注册资本认缴登记制）', '实行注册资本认缴登记制，无需提交验资证明。',
   TRUE, UTC_TIMESTAMP(), 'system'),
  ('GXZM-032', '婚姻状况证明', '民政局', 'ABOLISHED', NULL, NULL, NULL, NULL, NULL, 'LOW',
   '国办发〔2020〕42号', '该证明事项已取消，无需提供。', TRUE, UTC_TIMESTAMP(), 'system'),
  ('GXZM-033', '企业银行开户许可证', '中国人民银行分支机构', 'ABOLISHED', NULL, NULL, NULL, NULL,
   NULL, 'LOW', '取消企业银行账户许可', '企业银行账户许可已取消，无需提供开户许可证。', TRUE,
   UTC_TIMESTAMP(), 'system'),
  ('GXZM-034', '户籍证明', '公安局', 'ABOLISHED', NULL, NULL, NULL, NULL, NULL, 'LOW',
   '国办发〔2020〕42号', '该证明事项已取消，无需提供。', TRUE, UTC_TIMESTAMP(), 'system'),
  ('GXZM-035', '亲属关系证明', '村（居）民委员会', 'ABOLISHED', NULL, NULL, NULL, NULL, NULL, 'LOW',
   '国办发〔2020〕42号', '该证明事项已取消，无需提供。', TRUE, UTC_TIMESTAMP(), 'system'),
  ('GXZM-036', '外商投资企业批准证书', '商务局', 'ABOLISHED', NULL, NULL, NULL, NULL, NULL, 'LOW',
   '《中华人民共和国外商投资法》', '外商投资实行信息报告制度，不再审批发证。', TRUE, UTC_TIMESTAMP(),
   'system'),
  ('GXZM-037', '企业登记基本信息证明', '市场监督管理局', 'DATA_SHARING', 'MARKET_ENTITY',
   'market-register', 'UPLOAD', NULL, NULL, 'LOW', NULL,
   '名称、法定代表人、登记状态、注册资本和住所通过登记信息共享核验。', TRUE, UTC_TIMESTAMP(),
   'system'),
  ('GXZM-038', '法定代表人任职证明', '市场监督管理局', 'DATA_SHARING', 'MARKET_ENTITY',
   'market-register', 'COMMITMENT', '比对登记机关记载的法定代表人信息', 20, 'LOW', NULL,
   '通过登记信息共享核验；核验不成功的可签署承诺。', TRUE, UTC_TIMESTAMP(), 'system'),
  ('GXZM-039', '企业存续状态证明', '市场监督管理局', 'DATA_SHARING', 'MARKET_ENTITY',
   'market-register', 'UPLOAD', NULL, NULL, 'LOW', NULL, '通过登记信息共享核验企业是否存续。', TRUE,
   UTC_TIMESTAMP(), 'system'),
  ('GXZM-040', '无欠税证明', '税务局', 'DATA_SHARING', 'TAX_CREDIT', 'tax-credit', 'UPLOAD', NULL,
   NULL, 'MEDIUM', NULL, '通过税务部门信息共享核验有无欠税。', TRUE, UTC_TIMESTAMP(), 'system'),
  ('GXZM-041', '项目资金来源证明', '出资银行或出资人', 'COMMITMENT', NULL, NULL, NULL,
   '核查资金到位凭证', 60, 'MEDIUM', '国办发〔2020〕42号', '以签署资金来源承诺代替提交。', TRUE,
   UTC_TIMESTAMP(), 'system'),
  ('GXZM-042', '企业环境守法情况证明', '生态环境分局', 'COMMITMENT', NULL, NULL, NULL,
   '查询环境行政处罚记录和排污许可执行报告', 30, 'MEDIUM', '国办发〔2020〕42号',
   '以签署环境守法承诺代替提交，作出决定后核查。', TRUE, UTC_TIMESTAMP(), 'system'),
  ('GXZM-043', '土壤污染状况调查报告评审意见', '生态环境分局', 'REQUIRED', NULL, NULL, NULL, NULL,
   NULL, 'HIGH', '《中华人民共和国土壤污染防治法》第五十九条', '涉及土壤污染重点监管地块的项目提交。',
   TRUE, UTC_TIMESTAMP(), 'system'),
  ('GXZM-044', '危险废物委托处置证明', '危险废物经营单位', 'REQUIRED', NULL, NULL, NULL, NULL, NULL,
   'MEDIUM', NULL, '委托处置合同及处置单位的危险废物经营许可证。', TRUE, UTC_TIMESTAMP(), 'system'),
  ('GXZM-045', '职业病危害预评价报告', '职业卫生技术服务机构', 'REQUIRED', NULL, NULL, NULL, NULL,
   NULL, 'HIGH', '《中华人民共和国职业病防治法》第十七条', '可能产生职业病危害的建设项目提交。', TRUE,
   UTC_TIMESTAMP(), 'system'),
  ('GXZM-046', '高新技术企业证书', '科学技术局', 'DEPARTMENT_VERIFICATION', NULL, NULL, NULL, NULL,
   NULL, 'LOW', NULL, '通过高新技术企业认定管理系统核验。', TRUE, UTC_TIMESTAMP(), 'system'),
  ('GXZM-047', '专利证书', '知识产权局', 'DEPARTMENT_VERIFICATION', NULL, NULL, NULL, NULL, NULL,
   'LOW', NULL, '通过专利检索系统核验专利权状态。', TRUE, UTC_TIMESTAMP(), 'system')
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
  UNION ALL
  SELECT 'GXZM-014',
         '本单位承诺：所填报的纳税信用等级与税务机关的评价结果一致；如有不实，愿意承担相应法律责任，并接受撤销办理结果和信用惩戒。'
  UNION ALL
  SELECT 'GXZM-016',
         '本单位承诺：已依法为职工办理社会保险登记并按时足额缴纳社会保险费，所填参保情况真实；如有不实，愿意承担相应法律责任，并接受撤销办理结果和信用惩戒。'
  UNION ALL
  SELECT 'GXZM-018',
         '本单位承诺：本单位法定代表人、主要负责人无依法不得从事本行业经营活动的犯罪记录；如有不实，愿意承担相应法律责任，并接受撤销办理结果和信用惩戒。'
  UNION ALL
  SELECT 'GXZM-022',
         '本单位承诺：近三年在市场监管领域无重大违法违规行为，未被列入严重违法失信名单；如有不实，愿意承担相应法律责任，并接受撤销办理结果和信用惩戒。'
  UNION ALL
  SELECT 'GXZM-026',
         '本单位承诺：该公众聚集场所符合消防技术标准和管理规定，已落实消防安全责任制，制定灭火和应急疏散预案；如有不实，愿意承担相应法律责任，并接受撤销许可、责令停止使用等处理。'
  UNION ALL
  SELECT 'GXZM-038',
         '本单位承诺：所填报的法定代表人与登记机关记载一致，其任职符合法律法规和公司章程的规定；如有不实，愿意承担相应法律责任，并接受撤销办理结果和信用惩戒。'
  UNION ALL
  SELECT 'GXZM-041',
         '本单位承诺：项目建设资金来源合法，能够按计划足额到位；如有不实，愿意承担相应法律责任，并接受撤销办理结果和信用惩戒。'
  UNION ALL
  SELECT 'GXZM-042',
         '本单位承诺：近三年未因环境违法行为受到行政处罚，依法履行排污许可和环境信息公开义务；如有不实，愿意承担相应法律责任，并接受撤销办理结果和信用惩戒。'
) texts;
