-- SAMPLE DATA for trying the service hall (local profile only): a demo catalogue of construction-
-- project approval by stages (工程建设项目分阶段并联审批, 国办发〔2019〕11号) with the departments,
-- clerks, items, materials and forms it needs, and one demo project of enterprise 1. Names, limits
-- and legal bases are realistic but this is not an official service guide, and the people and the
-- project are made up. Every demo account's password is Demo#2026pass.
-- Re-runnable: the catalogue rows are replaced or brought up to date; the demo project and its
-- stages are inserted once, so that what a user did with them survives a restart.

-- Since 2019 the design review and acceptance of special construction works (特殊建设工程消防设计
-- 审查、消防验收) lie with the housing and urban-rural development authorities, no longer with the
-- fire brigade: 《建设工程消防设计审查验收管理暂行规定》(住房和城乡建设部令第51号, revised by 第58号).
-- The zone's office doing them is therefore a section of the housing bureau.
INSERT INTO department (code, name, created_at) VALUES
  ('development', '发展改革局', UTC_TIMESTAMP()),
  ('natural-resources', '自然资源分局', UTC_TIMESTAMP()),
  ('housing', '住房和城乡建设局', UTC_TIMESTAMP()),
  ('fire', '住建局消防审验科', UTC_TIMESTAMP())
ON DUPLICATE KEY UPDATE name = VALUES(name);

-- BCrypt (cost 10) of Demo#2026pass, as every demo account
INSERT INTO app_user (username, password_hash, display_name, role, enterprise_id, department_code,
                      station_code, enabled, failed_logins, locked_until, created_at) VALUES
  ('dev-clerk', '$2a$10$JuNJMkD0pjvHeHJgLCONLum3odtOxU6dlkF.nyZcD26uT4Rk1Hcke', '高峰',
   'CLERK', NULL, 'development', NULL, TRUE, 0, NULL, UTC_TIMESTAMP()),
  ('land-clerk', '$2a$10$JuNJMkD0pjvHeHJgLCONLum3odtOxU6dlkF.nyZcD26uT4Rk1Hcke', '林海',
   'CLERK', NULL, 'natural-resources', NULL, TRUE, 0, NULL, UTC_TIMESTAMP()),
  ('housing-clerk', '$2a$10$JuNJMkD0pjvHeHJgLCONLum3odtOxU6dlkF.nyZcD26uT4Rk1Hcke', '何芳',
   'CLERK', NULL, 'housing', NULL, TRUE, 0, NULL, UTC_TIMESTAMP()),
  ('fire-clerk', '$2a$10$JuNJMkD0pjvHeHJgLCONLum3odtOxU6dlkF.nyZcD26uT4Rk1Hcke', '宋涛',
   'CLERK', NULL, 'fire', NULL, TRUE, 0, NULL, UTC_TIMESTAMP()),
  -- 帮办代办员: helps the key projects of the zone, acting for an enterprise only under its
  -- authorization
  ('helper', '$2a$10$JuNJMkD0pjvHeHJgLCONLum3odtOxU6dlkF.nyZcD26uT4Rk1Hcke', '马骏',
   'CLERK', NULL, 'development', NULL, TRUE, 0, NULL, UTC_TIMESTAMP())
ON DUPLICATE KEY UPDATE password_hash = VALUES(password_hash),
  display_name = VALUES(display_name), role = VALUES(role),
  enterprise_id = VALUES(enterprise_id), department_code = VALUES(department_code),
  station_code = VALUES(station_code), enabled = TRUE, failed_logins = 0, locked_until = NULL;

DELETE FROM user_duty
WHERE username IN ('dev-clerk', 'land-clerk', 'housing-clerk', 'fire-clerk', 'helper');

INSERT INTO user_duty (username, duty) VALUES
  ('dev-clerk', 'accept'), ('dev-clerk', 'review'), ('dev-clerk', 'decide'), ('dev-clerk', 'verify'),
  ('land-clerk', 'accept'), ('land-clerk', 'review'), ('land-clerk', 'decide'),
  ('land-clerk', 'verify'),
  ('housing-clerk', 'accept'), ('housing-clerk', 'review'), ('housing-clerk', 'decide'),
  ('housing-clerk', 'verify'),
  ('fire-clerk', 'accept'), ('fire-clerk', 'review'), ('fire-clerk', 'decide'),
  ('fire-clerk', 'verify'),
  ('helper', 'help');

-- The stage catalogue below is this script's own: it is cleared child tables first and filled again.
DELETE FROM project_stage_material_target
WHERE stage IN ('LAND_AND_PLANNING', 'CONSTRUCTION_PERMIT_PLANNING', 'CONSTRUCTION_PERMIT',
                'COMPLETION_ACCEPTANCE');
DELETE FROM project_stage_material
WHERE stage IN ('LAND_AND_PLANNING', 'CONSTRUCTION_PERMIT_PLANNING', 'CONSTRUCTION_PERMIT',
                'COMPLETION_ACCEPTANCE');
DELETE FROM project_stage_field_target
WHERE stage IN ('LAND_AND_PLANNING', 'CONSTRUCTION_PERMIT_PLANNING', 'CONSTRUCTION_PERMIT',
                'COMPLETION_ACCEPTANCE');
DELETE FROM project_stage_field
WHERE stage IN ('LAND_AND_PLANNING', 'CONSTRUCTION_PERMIT_PLANNING', 'CONSTRUCTION_PERMIT',
                'COMPLETION_ACCEPTANCE');
DELETE FROM project_stage_item_type
WHERE stage IN ('LAND_AND_PLANNING', 'CONSTRUCTION_PERMIT_PLANNING', 'CONSTRUCTION_PERMIT',
                'COMPLETION_ACCEPTANCE');
DELETE FROM project_stage_item
WHERE stage IN ('LAND_AND_PLANNING', 'CONSTRUCTION_PERMIT_PLANNING', 'CONSTRUCTION_PERMIT',
                'COMPLETION_ACCEPTANCE');

-- SAMPLE DATA: the stage items (not an official list of items or of their limits)
INSERT INTO service_item
  (code, name, department_code, theme, handling_type, limit_unit, legal_limit, promised_limit,
   max_extension, process_key, description, basis, fee, active)
VALUES
  ('GX-DEV-001', '企业投资项目核准', 'development', 'INVESTMENT_CONSTRUCTION', 'COMMITTED',
   'WORKING_DAYS', 20, 6, 10, 'standard-approval',
   '列入《政府核准的投资项目目录》的企业投资项目，企业在开工建设前通过投资项目在线审批监管平台提交项目申请书，申请项目核准。',
   '《企业投资项目核准和备案管理条例》第三条、第六条', '不收费', TRUE),
  ('GX-DEV-002', '政府投资项目可行性研究报告审批', 'development', 'INVESTMENT_CONSTRUCTION',
   'COMMITTED', 'WORKING_DAYS', 20, 8, 10, 'standard-approval',
   '采取直接投资或资本金注入方式的政府投资项目，项目单位编制可行性研究报告，报投资主管部门审批。',
   '《政府投资条例》第九条、第十一条', '不收费', TRUE),
  ('GX-DEV-003', '固定资产投资项目节能审查', 'development', 'INVESTMENT_CONSTRUCTION', 'COMMITTED',
   'WORKING_DAYS', 20, 8, 10, 'standard-approval',
   '年综合能源消费量达到规定标准的固定资产投资项目，建设单位在开工建设前报送节能报告，申请节能审查。',
   '《中华人民共和国节约能源法》第十五条；《固定资产投资项目节能审查办法》', '不收费', TRUE),
  ('GX-NR-001', '建设项目用地预审与选址意见书核发', 'natural-resources', 'INVESTMENT_CONSTRUCTION',
   'COMMITTED', 'WORKING_DAYS', 20, 8, 10, 'standard-approval',
   '建设项目需要使用土地的，建设单位在项目审批、核准前或者备案后申请用地预审；以划拨方式提供国有土地使用权的，一并核发选址意见书。',
   '《中华人民共和国土地管理法》第五十二条；《中华人民共和国城乡规划法》第三十六条；《建设项目用地预审管理办法》',
   '不收费', TRUE),
  ('GX-NR-002', '建设用地规划许可证核发', 'natural-resources', 'INVESTMENT_CONSTRUCTION', 'COMMITTED',
   'WORKING_DAYS', 20, 8, 10, 'standard-approval',
   '在城市、镇规划区内以划拨或者出让方式取得国有土地使用权的建设项目，建设单位申请核发建设用地规划许可证。',
   '《中华人民共和国城乡规划法》第三十七条、第三十八条', '不收费', TRUE),
  ('GX-PLAN-004', '建设工程设计方案审查', 'planning', 'INVESTMENT_CONSTRUCTION', 'COMMITTED',
   'WORKING_DAYS', 20, 8, 10, 'standard-approval',
   '在城市、镇规划区内进行建设的，建设单位在申请建设工程规划许可证前报送建设工程设计方案，审查其是否符合控制性详细规划和规划条件。',
   '《中华人民共和国城乡规划法》第四十条', '不收费', TRUE),
  ('GX-PLAN-005', '建设工程档案验收', 'planning', 'INVESTMENT_CONSTRUCTION', 'COMMITTED',
   'WORKING_DAYS', 10, 4, 10, 'standard-approval',
   '列入城建档案馆接收范围的工程，建设单位在组织竣工验收前提请对工程档案进行预验收，合格的出具建设工程档案认可文件。',
   '《城市建设档案管理规定》第八条、第九条；《建设工程质量管理条例》第十七条', '不收费', TRUE),
  ('GX-FIRE-001', '特殊建设工程消防设计审查', 'fire', 'INVESTMENT_CONSTRUCTION', 'COMMITTED',
   'WORKING_DAYS', 15, 6, 10, 'standard-approval',
   '特殊建设工程的建设单位在申请施工许可前报送消防设计文件，申请消防设计审查；需要组织专家评审的，评审时间不计入办理时限。',
   '《中华人民共和国消防法》第十一条；《建设工程消防设计审查验收管理暂行规定》（住房和城乡建设部令第51号，根据住房和城乡建设部令第58号修正）',
   '不收费', TRUE),
  ('GX-FIRE-002', '特殊建设工程消防验收', 'fire', 'INVESTMENT_CONSTRUCTION', 'COMMITTED',
   'WORKING_DAYS', 15, 6, 10, 'standard-approval',
   '特殊建设工程竣工验收后，建设单位申请消防验收；未经消防验收或者消防验收不合格的，禁止投入使用。',
   '《中华人民共和国消防法》第十三条；《建设工程消防设计审查验收管理暂行规定》（住房和城乡建设部令第51号，根据住房和城乡建设部令第58号修正）',
   '不收费', TRUE),
  ('GX-HOU-001', '建筑工程施工许可证核发', 'housing', 'INVESTMENT_CONSTRUCTION', 'COMMITTED',
   'WORKING_DAYS', 5, 3, 10, 'standard-approval',
   '在本区新建、改建、扩建房屋建筑和市政基础设施工程，工程投资额在30万元以上或者建筑面积在300平方米以上的，建设单位在开工前申请领取施工许可证。',
   '《中华人民共和国建筑法》第七条、第八条；《建筑工程施工许可管理办法》', '不收费', TRUE),
  ('GX-HOU-002', '房屋建筑和市政基础设施工程竣工验收备案', 'housing', 'INVESTMENT_CONSTRUCTION',
   'COMMITTED', 'WORKING_DAYS', 5, 3, 10, 'standard-approval',
   '建设单位自工程竣工验收合格之日起15日内，将竣工验收报告和消防等部门出具的认可文件或者准许使用文件报送备案。',
   '《建设工程质量管理条例》第四十九条；《房屋建筑和市政基础设施工程竣工验收备案管理办法》', '不收费', TRUE),
  ('GX-HOU-003', '城市建筑垃圾处置核准', 'housing', 'INVESTMENT_CONSTRUCTION', 'COMMITTED',
   'WORKING_DAYS', 20, 5, 10, 'standard-approval',
   '建设单位、施工单位处置工程施工中产生的建筑垃圾，在处置前申请城市建筑垃圾处置核准。',
   '《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）；《城市建筑垃圾管理规定》第七条',
   '不收费', TRUE)
ON DUPLICATE KEY UPDATE
  name = VALUES(name), department_code = VALUES(department_code), theme = VALUES(theme),
  handling_type = VALUES(handling_type), limit_unit = VALUES(limit_unit),
  legal_limit = VALUES(legal_limit), promised_limit = VALUES(promised_limit),
  max_extension = VALUES(max_extension), process_key = VALUES(process_key),
  description = VALUES(description), basis = VALUES(basis), fee = VALUES(fee),
  active = VALUES(active);

UPDATE service_item SET handling_place = CASE department_code
    WHEN 'development' THEN '高新区政务服务中心二楼 投资建设区 发展改革局窗口（B 区 17–18 号）'
    WHEN 'natural-resources' THEN '高新区政务服务中心二楼 投资建设区 自然资源分局窗口（B 区 19–20 号）'
    WHEN 'planning' THEN '高新区政务服务中心二楼 投资建设区 规划建设局窗口（B 区 21–24 号）'
    WHEN 'housing' THEN '高新区政务服务中心二楼 投资建设区 住房和城乡建设局窗口（B 区 27–29 号）'
    WHEN 'fire' THEN '高新区政务服务中心二楼 投资建设区 消防设计审查验收窗口（B 区 30 号）'
  END
WHERE code IN ('GX-DEV-001', 'GX-DEV-002', 'GX-DEV-003', 'GX-NR-001', 'GX-NR-002', 'GX-PLAN-004',
               'GX-PLAN-005', 'GX-FIRE-001', 'GX-FIRE-002', 'GX-HOU-001', 'GX-HOU-002',
               'GX-HOU-003');

-- the items' materials: forms and attachments only, replaced as a whole
DELETE FROM item_material
WHERE item_code IN ('GX-DEV-001', 'GX-DEV-002', 'GX-DEV-003', 'GX-NR-001', 'GX-NR-002',
                    'GX-PLAN-004', 'GX-PLAN-005', 'GX-FIRE-001', 'GX-FIRE-002', 'GX-HOU-001',
                    'GX-HOU-002', 'GX-HOU-003');

INSERT INTO item_material
  (item_code, code, name, kind, required, proof_code, description, sort_order)
VALUES
  ('GX-DEV-001', 'M01', '企业投资项目核准申请表', 'FORM', TRUE, NULL, NULL, 1),
  ('GX-DEV-001', 'M02', '项目申请报告', 'ATTACHMENT', TRUE, NULL,
   '由企业自主或者委托具备相应能力的工程咨询单位编制。', 2),
  ('GX-DEV-001', 'M03', '建设项目用地红线图', 'ATTACHMENT', TRUE, NULL, NULL, 3),
  ('GX-DEV-001', 'M04', '授权委托书', 'ATTACHMENT', FALSE, NULL, '委托他人代办时提交。', 4),

  ('GX-DEV-002', 'M01', '政府投资项目可行性研究报告审批申请表', 'FORM', TRUE, NULL, NULL, 1),
  ('GX-DEV-002', 'M02', '项目可行性研究报告', 'ATTACHMENT', TRUE, NULL, NULL, 2),
  ('GX-DEV-002', 'M03', '项目建议书批复文件', 'ATTACHMENT', FALSE, NULL,
   '已审批项目建议书的项目提交。', 3),
  ('GX-DEV-002', 'M04', '建设项目用地红线图', 'ATTACHMENT', TRUE, NULL, NULL, 4),
  ('GX-DEV-002', 'M05', '授权委托书', 'ATTACHMENT', FALSE, NULL, '委托他人代办时提交。', 5),

  ('GX-DEV-003', 'M01', '固定资产投资项目节能审查申请表', 'FORM', TRUE, NULL, NULL, 1),
  ('GX-DEV-003', 'M02', '节能报告', 'ATTACHMENT', TRUE, NULL, NULL, 2),
  ('GX-DEV-003', 'M03', '项目审批、核准或备案文件', 'ATTACHMENT', TRUE, NULL, NULL, 3),
  ('GX-DEV-003', 'M04', '项目总平面图', 'ATTACHMENT', FALSE, NULL, '节能报告未附总平面图的提交。', 4),
  ('GX-DEV-003', 'M05', '授权委托书', 'ATTACHMENT', FALSE, NULL, '委托他人代办时提交。', 5),

  ('GX-NR-001', 'M01', '建设项目用地预审与选址意见书申请表', 'FORM', TRUE, NULL, NULL, 1),
  ('GX-NR-001', 'M02', '建设项目用地红线图', 'ATTACHMENT', TRUE, NULL,
   '标注界址点坐标的用地范围图。', 2),
  ('GX-NR-001', 'M03', '建设项目规划选址论证报告', 'ATTACHMENT', FALSE, NULL,
   '选址与国土空间规划不一致或者需要论证的提交。', 3),
  ('GX-NR-001', 'M04', '授权委托书', 'ATTACHMENT', FALSE, NULL, '委托他人代办时提交。', 4),

  ('GX-NR-002', 'M01', '建设用地规划许可证申请表', 'FORM', TRUE, NULL, NULL, 1),
  ('GX-NR-002', 'M02', '建设项目用地红线图', 'ATTACHMENT', TRUE, NULL, NULL, 2),
  ('GX-NR-002', 'M03', '项目审批、核准或备案文件', 'ATTACHMENT', TRUE, NULL, NULL, 3),
  ('GX-NR-002', 'M04', '国有建设用地使用权出让合同或者划拨决定书', 'ATTACHMENT', TRUE, NULL, NULL, 4),
  ('GX-NR-002', 'M05', '授权委托书', 'ATTACHMENT', FALSE, NULL, '委托他人代办时提交。', 5),

  ('GX-PLAN-004', 'M01', '建设工程设计方案审查申请表', 'FORM', TRUE, NULL, NULL, 1),
  ('GX-PLAN-004', 'M02', '建设工程设计方案', 'ATTACHMENT', TRUE, NULL,
   '含设计说明，各层平面、立面、剖面图及效果图。', 2),
  ('GX-PLAN-004', 'M03', '项目总平面图', 'ATTACHMENT', TRUE, NULL,
   '标明用地红线、建筑退让、出入口及主要技术经济指标。', 3),
  ('GX-PLAN-004', 'M04', '建设用地规划许可证及附图', 'ATTACHMENT', TRUE, NULL, NULL, 4),
  ('GX-PLAN-004', 'M05', '项目审批、核准或备案文件', 'ATTACHMENT', TRUE, NULL, NULL, 5),
  ('GX-PLAN-004', 'M06', '授权委托书', 'ATTACHMENT', FALSE, NULL, '委托他人代办时提交。', 6),

  ('GX-FIRE-001', 'M01', '特殊建设工程消防设计审查申请表', 'FORM', TRUE, NULL, NULL, 1),
  ('GX-FIRE-001', 'M02', '消防设计文件', 'ATTACHMENT', TRUE, NULL,
   '含消防设计专篇、总平面图及各层平面图。', 2),
  ('GX-FIRE-001', 'M03', '建设工程规划许可证复印件', 'ATTACHMENT', TRUE, NULL,
   '依法需要办理建设工程规划许可的提交。', 3),
  ('GX-FIRE-001', 'M04', '特殊消防设计技术资料', 'ATTACHMENT', FALSE, NULL,
   '国家工程建设消防技术标准没有规定或者需要采用特殊消防设计的提交。', 4),
  ('GX-FIRE-001', 'M05', '授权委托书', 'ATTACHMENT', FALSE, NULL, '委托他人代办时提交。', 5),

  ('GX-HOU-001', 'M01', '建筑工程施工许可证申请表', 'FORM', TRUE, NULL, NULL, 1),
  ('GX-HOU-001', 'M02', '建设工程规划许可证复印件', 'ATTACHMENT', TRUE, NULL, NULL, 2),
  ('GX-HOU-001', 'M03', '施工图设计文件审查合格书', 'ATTACHMENT', TRUE, NULL, NULL, 3),
  ('GX-HOU-001', 'M04', '中标通知书及施工合同', 'ATTACHMENT', TRUE, NULL,
   '依法不需招标的提交直接发包的施工合同。', 4),
  ('GX-HOU-001', 'M05', '工程质量安全措施及资金安排承诺书', 'ATTACHMENT', TRUE, NULL, NULL, 5),
  ('GX-HOU-001', 'M06', '授权委托书', 'ATTACHMENT', FALSE, NULL, '委托他人代办时提交。', 6),

  ('GX-HOU-003', 'M01', '城市建筑垃圾处置核准申请表', 'FORM', TRUE, NULL, NULL, 1),
  ('GX-HOU-003', 'M02', '建筑垃圾处置方案', 'ATTACHMENT', TRUE, NULL,
   '含建筑垃圾种类、数量、运输路线及消纳场所。', 2),
  ('GX-HOU-003', 'M03', '建筑垃圾运输合同', 'ATTACHMENT', TRUE, NULL, NULL, 3),
  ('GX-HOU-003', 'M04', '中标通知书及施工合同', 'ATTACHMENT', TRUE, NULL, NULL, 4),
  ('GX-HOU-003', 'M05', '授权委托书', 'ATTACHMENT', FALSE, NULL, '委托他人代办时提交。', 5),

  ('GX-FIRE-002', 'M01', '特殊建设工程消防验收申请表', 'FORM', TRUE, NULL, NULL, 1),
  ('GX-FIRE-002', 'M02', '工程竣工验收报告', 'ATTACHMENT', TRUE, NULL, NULL, 2),
  ('GX-FIRE-002', 'M03', '涉及消防的建设工程竣工图纸', 'ATTACHMENT', TRUE, NULL, NULL, 3),
  ('GX-FIRE-002', 'M04', '消防设施检测报告', 'ATTACHMENT', FALSE, NULL,
   '设有自动消防设施的工程提交。', 4),
  ('GX-FIRE-002', 'M05', '授权委托书', 'ATTACHMENT', FALSE, NULL, '委托他人代办时提交。', 5),

  ('GX-HOU-002', 'M01', '房屋建筑和市政基础设施工程竣工验收备案表', 'FORM', TRUE, NULL, NULL, 1),
  ('GX-HOU-002', 'M02', '工程竣工验收报告', 'ATTACHMENT', TRUE, NULL,
   '含勘察、设计、施工、监理单位分别签署的质量合格文件。', 2),
  ('GX-HOU-002', 'M03', '施工单位签署的工程质量保修书', 'ATTACHMENT', TRUE, NULL, NULL, 3),
  ('GX-HOU-002', 'M04', '住宅质量保证书和住宅使用说明书', 'ATTACHMENT', FALSE, NULL,
   '商品住宅工程提交。', 4),
  ('GX-HOU-002', 'M05', '授权委托书', 'ATTACHMENT', FALSE, NULL, '委托他人代办时提交。', 5),

  ('GX-PLAN-005', 'M01', '建设工程档案验收申请表', 'FORM', TRUE, NULL, NULL, 1),
  ('GX-PLAN-005', 'M02', '建设工程竣工档案', 'ATTACHMENT', TRUE, NULL,
   '按建设工程文件归档规范整理的案卷目录及电子档案。', 2),
  ('GX-PLAN-005', 'M03', '建设工程竣工图', 'ATTACHMENT', TRUE, NULL, '加盖竣工图章。', 3),
  ('GX-PLAN-005', 'M04', '授权委托书', 'ATTACHMENT', FALSE, NULL, '委托他人代办时提交。', 4);

-- per-step limits as R__22 sets them for the other demo items (it runs before these items exist)
INSERT INTO item_step_limit (item_code, step, limit_value)
SELECT code, s.step,
       CASE s.step
         WHEN 'ACCEPT' THEN 1
         -- the steps of a short promise fit in it: 1 + 1 + 1 for three working days
         WHEN 'REVIEW' THEN GREATEST(promised_limit - 3, 1)
         WHEN 'DECIDE' THEN IF(promised_limit <= 3, 1, 2)
         ELSE 10
       END
FROM service_item
CROSS JOIN (SELECT 'ACCEPT' AS step UNION ALL SELECT 'REVIEW' UNION ALL SELECT 'DECIDE'
            UNION ALL SELECT 'SUPPLEMENT') s
WHERE code IN ('GX-DEV-001', 'GX-DEV-002', 'GX-DEV-003', 'GX-NR-001', 'GX-NR-002', 'GX-PLAN-004',
               'GX-PLAN-005', 'GX-FIRE-001', 'GX-FIRE-002', 'GX-HOU-001', 'GX-HOU-002',
               'GX-HOU-003')
ON DUPLICATE KEY UPDATE limit_value = VALUES(limit_value);

-- the items' own forms, as R__24 gives them; a standard field keeps its bundled label (label NULL)
DELETE FROM item_form_field
WHERE item_code IN ('GX-DEV-001', 'GX-DEV-002', 'GX-DEV-003', 'GX-NR-001', 'GX-NR-002',
                    'GX-PLAN-004', 'GX-PLAN-005', 'GX-FIRE-001', 'GX-FIRE-002', 'GX-HOU-001',
                    'GX-HOU-002', 'GX-HOU-003');

INSERT INTO item_form_field
  (item_code, name, type, required, max_length, position, label, options)
VALUES
  ('GX-DEV-001', 'projectName', 'TEXT', TRUE, 100, 1, NULL, NULL),
  ('GX-DEV-001', 'projectCode', 'TEXT', TRUE, 32, 2, '项目代码', NULL),
  ('GX-DEV-001', 'investment', 'NUMBER', TRUE, NULL, 3, '总投资（万元）', NULL),
  ('GX-DEV-001', 'constructionScale', 'LONG_TEXT', TRUE, 1000, 4, '建设规模及内容', NULL),
  ('GX-DEV-001', 'contactName', 'TEXT', FALSE, 50, 5, NULL, NULL),
  ('GX-DEV-001', 'contactPhone', 'PHONE', FALSE, 20, 6, NULL, NULL),

  ('GX-DEV-002', 'projectName', 'TEXT', TRUE, 100, 1, NULL, NULL),
  ('GX-DEV-002', 'projectCode', 'TEXT', TRUE, 32, 2, '项目代码', NULL),
  ('GX-DEV-002', 'investment', 'NUMBER', TRUE, NULL, 3, '总投资（万元）', NULL),
  ('GX-DEV-002', 'fundSource', 'CHOICE', TRUE, NULL, 4, '资金来源',
   '财政预算资金|政府专项债券|财政预算资金和政府专项债券|其他政府性资金'),
  ('GX-DEV-002', 'contactName', 'TEXT', FALSE, 50, 5, NULL, NULL),
  ('GX-DEV-002', 'contactPhone', 'PHONE', FALSE, 20, 6, NULL, NULL),

  ('GX-NR-001', 'projectName', 'TEXT', TRUE, 100, 1, NULL, NULL),
  ('GX-NR-001', 'location', 'TEXT', TRUE, 200, 2, '建设地点', NULL),
  ('GX-NR-001', 'landArea', 'NUMBER', TRUE, NULL, 3, '拟用地面积（平方米）', NULL),
  ('GX-NR-001', 'constructionScale', 'LONG_TEXT', FALSE, 1000, 4, '建设规模及内容', NULL),
  ('GX-NR-001', 'contactName', 'TEXT', FALSE, 50, 5, NULL, NULL),
  ('GX-NR-001', 'contactPhone', 'PHONE', FALSE, 20, 6, NULL, NULL),

  ('GX-NR-002', 'projectName', 'TEXT', TRUE, 100, 1, NULL, NULL),
  ('GX-NR-002', 'projectCode', 'TEXT', TRUE, 32, 2, '项目代码', NULL),
  ('GX-NR-002', 'landArea', 'NUMBER', TRUE, NULL, 3, '用地面积（平方米）', NULL),
  ('GX-NR-002', 'landSupply', 'CHOICE', TRUE, NULL, 4, '土地供应方式', '出让|划拨'),
  ('GX-NR-002', 'contactName', 'TEXT', FALSE, 50, 5, NULL, NULL),
  ('GX-NR-002', 'contactPhone', 'PHONE', FALSE, 20, 6, NULL, NULL),

  ('GX-PLAN-004', 'projectName', 'TEXT', TRUE, 100, 1, NULL, NULL),
  ('GX-PLAN-004', 'projectCode', 'TEXT', TRUE, 32, 2, '项目代码', NULL),
  ('GX-PLAN-004', 'buildingArea', 'NUMBER', TRUE, NULL, 3, '总建筑面积（平方米）', NULL),
  ('GX-PLAN-004', 'plotRatio', 'NUMBER', FALSE, NULL, 4, '容积率', NULL),
  ('GX-PLAN-004', 'contactName', 'TEXT', FALSE, 50, 5, NULL, NULL),
  ('GX-PLAN-004', 'contactPhone', 'PHONE', FALSE, 20, 6, NULL, NULL),

  ('GX-DEV-003', 'projectName', 'TEXT', TRUE, 100, 1, NULL, NULL),
  ('GX-DEV-003', 'projectCode', 'TEXT', TRUE, 32, 2, '项目代码', NULL),
  ('GX-DEV-003', 'energyConsumption', 'NUMBER', TRUE, NULL, 3, '年综合能源消费量（吨标准煤）', NULL),
  ('GX-DEV-003', 'buildingArea', 'NUMBER', FALSE, NULL, 4, '总建筑面积（平方米）', NULL),
  ('GX-DEV-003', 'contactName', 'TEXT', FALSE, 50, 5, NULL, NULL),
  ('GX-DEV-003', 'contactPhone', 'PHONE', FALSE, 20, 6, NULL, NULL),

  ('GX-FIRE-001', 'projectName', 'TEXT', TRUE, 100, 1, NULL, NULL),
  ('GX-FIRE-001', 'projectCode', 'TEXT', TRUE, 32, 2, '项目代码', NULL),
  ('GX-FIRE-001', 'buildingArea', 'NUMBER', TRUE, NULL, 3, '总建筑面积（平方米）', NULL),
  ('GX-FIRE-001', 'fireCategory', 'CHOICE', TRUE, NULL, 4, '特殊建设工程类别',
   '人员密集场所|高层或者大型公共建筑|易燃易爆危险物品生产储存场所|城市轨道交通、隧道及大型发电变配电工程|其他特殊建设工程'),
  ('GX-FIRE-001', 'contactName', 'TEXT', FALSE, 50, 5, NULL, NULL),
  ('GX-FIRE-001', 'contactPhone', 'PHONE', FALSE, 20, 6, NULL, NULL),

  ('GX-HOU-001', 'projectName', 'TEXT', TRUE, 100, 1, NULL, NULL),
  ('GX-HOU-001', 'projectCode', 'TEXT', TRUE, 32, 2, '项目代码', NULL),
  ('GX-HOU-001', 'buildingArea', 'NUMBER', TRUE, NULL, 3, '建筑面积（平方米）', NULL),
  ('GX-HOU-001', 'contractPrice', 'NUMBER', TRUE, NULL, 4, '合同价格（万元）', NULL),
  ('GX-HOU-001', 'constructionUnit', 'TEXT', TRUE, 200, 5, '施工单位', NULL),
  ('GX-HOU-001', 'plannedStart', 'DATE', TRUE, NULL, 6, '计划开工日期', NULL),

  ('GX-HOU-003', 'projectName', 'TEXT', TRUE, 100, 1, NULL, NULL),
  ('GX-HOU-003', 'constructionUnit', 'TEXT', TRUE, 200, 2, '施工单位', NULL),
  ('GX-HOU-003', 'wasteVolume', 'NUMBER', TRUE, NULL, 3, '建筑垃圾产生量（立方米）', NULL),
  ('GX-HOU-003', 'transportUnit', 'TEXT', TRUE, 200, 4, '运输单位', NULL),
  ('GX-HOU-003', 'plannedStart', 'DATE', FALSE, NULL, 5, '计划开始处置日期', NULL),
  ('GX-HOU-003', 'contactPhone', 'PHONE', FALSE, 20, 6, NULL, NULL),

  ('GX-FIRE-002', 'projectName', 'TEXT', TRUE, 100, 1, NULL, NULL),
  ('GX-FIRE-002', 'projectCode', 'TEXT', TRUE, 32, 2, '项目代码', NULL),
  ('GX-FIRE-002', 'buildingArea', 'NUMBER', TRUE, NULL, 3, '总建筑面积（平方米）', NULL),
  ('GX-FIRE-002', 'completionDate', 'DATE', TRUE, NULL, 4, '竣工验收日期', NULL),
  ('GX-FIRE-002', 'contactName', 'TEXT', FALSE, 50, 5, NULL, NULL),
  ('GX-FIRE-002', 'contactPhone', 'PHONE', FALSE, 20, 6, NULL, NULL),

  ('GX-HOU-002', 'projectName', 'TEXT', TRUE, 100, 1, NULL, NULL),
  ('GX-HOU-002', 'projectCode', 'TEXT', TRUE, 32, 2, '项目代码', NULL),
  ('GX-HOU-002', 'buildingArea', 'NUMBER', TRUE, NULL, 3, '建筑面积（平方米）', NULL),
  ('GX-HOU-002', 'completionDate', 'DATE', TRUE, NULL, 4, '竣工验收日期', NULL),
  ('GX-HOU-002', 'constructionUnit', 'TEXT', TRUE, 200, 5, '施工单位', NULL),
  ('GX-HOU-002', 'contactPhone', 'PHONE', FALSE, 20, 6, NULL, NULL),

  ('GX-PLAN-005', 'projectName', 'TEXT', TRUE, 100, 1, NULL, NULL),
  ('GX-PLAN-005', 'projectCode', 'TEXT', FALSE, 32, 2, '项目代码', NULL),
  ('GX-PLAN-005', 'archiveVolumes', 'NUMBER', TRUE, NULL, 3, '档案案卷数（卷）', NULL),
  ('GX-PLAN-005', 'contactName', 'TEXT', FALSE, 50, 4, NULL, NULL),
  ('GX-PLAN-005', 'contactPhone', 'PHONE', FALSE, 20, 5, NULL, NULL);

-- what the items issue; the others issue an approval decision (准予行政许可决定书)
DELETE FROM item_result
WHERE item_code IN ('GX-DEV-001', 'GX-DEV-002', 'GX-DEV-003', 'GX-NR-001', 'GX-NR-002',
                    'GX-PLAN-004', 'GX-PLAN-005', 'GX-FIRE-001', 'GX-FIRE-002', 'GX-HOU-001',
                    'GX-HOU-002', 'GX-HOU-003');

INSERT INTO item_result (item_code, document_kind, title, validity_months, fields)
VALUES
  ('GX-NR-001', 'LICENCE', '建设项目用地预审与选址意见书', 36, 'projectName|location|landArea'),
  ('GX-NR-002', 'LICENCE', '建设用地规划许可证', NULL, 'projectName|projectCode|landArea|landSupply'),
  ('GX-PLAN-004', 'DECISION', '建设工程设计方案审查意见书', NULL, 'projectName|buildingArea|plotRatio'),
  ('GX-FIRE-001', 'DECISION', '特殊建设工程消防设计审查意见书', NULL,
   'projectName|buildingArea|fireCategory'),
  ('GX-HOU-001', 'LICENCE', '建筑工程施工许可证', 3,
   'projectName|projectCode|buildingArea|contractPrice|constructionUnit|plannedStart'),
  ('GX-HOU-003', 'LICENCE', '城市建筑垃圾处置核准文件', NULL,
   'projectName|constructionUnit|wasteVolume|transportUnit'),
  ('GX-FIRE-002', 'DECISION', '特殊建设工程消防验收意见书', NULL,
   'projectName|buildingArea|completionDate'),
  ('GX-PLAN-005', 'DECISION', '建设工程档案认可文件', NULL, 'projectName|archiveVolumes');

-- The four stages. Legal: the reform's limits (the whole process within 120 working days);
-- promised: the zone's. Entries are updated in place: the projects' stages refer to them.
INSERT INTO project_stage_entry
  (stage, position, name, legal_limit, promised_limit, joint, description, basis)
VALUES
  ('LAND_AND_PLANNING', 1, '立项用地规划许可', 30, 12, FALSE,
   '项目审批或者核准、用地预审与选址意见书核发、建设用地规划许可证核发等事项并联办理，一张表单、一套材料、一次提交。',
   '《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》（国办发〔2019〕11号）'),
  ('CONSTRUCTION_PERMIT_PLANNING', 2, '工程建设许可', 30, 10, FALSE,
   '建设工程设计方案审查、固定资产投资项目节能审查等事项并联办理，一张表单、一套材料、一次提交。',
   '《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》（国办发〔2019〕11号）'),
  ('CONSTRUCTION_PERMIT', 3, '施工许可', 30, 8, FALSE,
   '特殊建设工程消防设计审查、建筑工程施工许可证核发、城市建筑垃圾处置核准等事项并联办理，一张表单、一套材料、一次提交。',
   '《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》（国办发〔2019〕11号）'),
  ('COMPLETION_ACCEPTANCE', 4, '竣工验收', 30, 10, TRUE,
   '消防验收、建设工程档案验收与竣工验收备案实行限时联合验收：一次申请、联合现场验收、统一出具验收意见。',
   '《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》（国办发〔2019〕11号）；《建设工程质量管理条例》第四十九条')
ON DUPLICATE KEY UPDATE
  position = VALUES(position), name = VALUES(name), legal_limit = VALUES(legal_limit),
  promised_limit = VALUES(promised_limit), joint = VALUES(joint),
  description = VALUES(description), basis = VALUES(basis);

INSERT INTO project_stage_item (stage, item_code, position) VALUES
  ('LAND_AND_PLANNING', 'GX-DEV-001', 1),
  ('LAND_AND_PLANNING', 'GX-DEV-002', 2),
  ('LAND_AND_PLANNING', 'GX-NR-001', 3),
  ('LAND_AND_PLANNING', 'GX-NR-002', 4),
  ('CONSTRUCTION_PERMIT_PLANNING', 'GX-PLAN-004', 1),
  ('CONSTRUCTION_PERMIT_PLANNING', 'GX-DEV-003', 2),
  ('CONSTRUCTION_PERMIT', 'GX-FIRE-001', 1),
  ('CONSTRUCTION_PERMIT', 'GX-HOU-001', 2),
  ('CONSTRUCTION_PERMIT', 'GX-HOU-003', 3),
  ('COMPLETION_ACCEPTANCE', 'GX-FIRE-002', 1),
  ('COMPLETION_ACCEPTANCE', 'GX-PLAN-005', 2),
  ('COMPLETION_ACCEPTANCE', 'GX-HOU-002', 3);

-- which project types need each item: a government building is approved, not granted (核准), a
-- linear work needs no fire design review nor acceptance and no energy review here
INSERT INTO project_stage_item_type (stage, item_code, project_type)
SELECT i.stage, i.item_code, t.project_type
FROM project_stage_item i
JOIN (SELECT 'GOVERNMENT_BUILDING' AS project_type UNION ALL SELECT 'SOCIAL_BUILDING'
      UNION ALL SELECT 'INDUSTRIAL' UNION ALL SELECT 'LINEAR') t
WHERE i.stage IN ('LAND_AND_PLANNING', 'CONSTRUCTION_PERMIT_PLANNING', 'CONSTRUCTION_PERMIT',
                  'COMPLETION_ACCEPTANCE')
  AND NOT (i.item_code = 'GX-DEV-001' AND t.project_type = 'GOVERNMENT_BUILDING')
  AND NOT (i.item_code = 'GX-DEV-002' AND t.project_type IN ('SOCIAL_BUILDING', 'INDUSTRIAL'))
  AND NOT (i.item_code IN ('GX-DEV-003', 'GX-FIRE-001', 'GX-FIRE-002')
           AND t.project_type = 'LINEAR');

-- each stage's one form (一张表单); a field is required where every project type needs it
INSERT INTO project_stage_field
  (stage, name, type, required, max_length, position, label, options)
VALUES
  ('LAND_AND_PLANNING', 'projectName', 'TEXT', TRUE, 100, 1, '项目名称', NULL),
  ('LAND_AND_PLANNING', 'projectCode', 'TEXT', TRUE, 32, 2, '项目代码', NULL),
  ('LAND_AND_PLANNING', 'location', 'TEXT', TRUE, 200, 3, '建设地点', NULL),
  ('LAND_AND_PLANNING', 'investment', 'NUMBER', TRUE, NULL, 4, '总投资（万元）', NULL),
  ('LAND_AND_PLANNING', 'constructionScale', 'LONG_TEXT', FALSE, 1000, 5, '建设规模及内容', NULL),
  ('LAND_AND_PLANNING', 'fundSource', 'CHOICE', FALSE, NULL, 6, '资金来源（政府投资项目）',
   '财政预算资金|政府专项债券|财政预算资金和政府专项债券|其他政府性资金'),
  ('LAND_AND_PLANNING', 'landArea', 'NUMBER', TRUE, NULL, 7, '用地面积（平方米）', NULL),
  ('LAND_AND_PLANNING', 'landSupply', 'CHOICE', TRUE, NULL, 8, '土地供应方式', '出让|划拨'),
  ('LAND_AND_PLANNING', 'contactName', 'TEXT', FALSE, 50, 9, '联系人', NULL),
  ('LAND_AND_PLANNING', 'contactPhone', 'PHONE', FALSE, 20, 10, '联系电话', NULL),

  ('CONSTRUCTION_PERMIT_PLANNING', 'projectName', 'TEXT', TRUE, 100, 1, '项目名称', NULL),
  ('CONSTRUCTION_PERMIT_PLANNING', 'projectCode', 'TEXT', TRUE, 32, 2, '项目代码', NULL),
  ('CONSTRUCTION_PERMIT_PLANNING', 'buildingArea', 'NUMBER', TRUE, NULL, 3, '总建筑面积（平方米）', NULL),
  ('CONSTRUCTION_PERMIT_PLANNING', 'plotRatio', 'NUMBER', FALSE, NULL, 4, '容积率', NULL),
  ('CONSTRUCTION_PERMIT_PLANNING', 'energyConsumption', 'NUMBER', FALSE, NULL, 5,
   '年综合能源消费量（吨标准煤）', NULL),
  ('CONSTRUCTION_PERMIT_PLANNING', 'contactName', 'TEXT', FALSE, 50, 6, '联系人', NULL),
  ('CONSTRUCTION_PERMIT_PLANNING', 'contactPhone', 'PHONE', FALSE, 20, 7, '联系电话', NULL),

  ('CONSTRUCTION_PERMIT', 'projectName', 'TEXT', TRUE, 100, 1, '项目名称', NULL),
  ('CONSTRUCTION_PERMIT', 'projectCode', 'TEXT', TRUE, 32, 2, '项目代码', NULL),
  ('CONSTRUCTION_PERMIT', 'buildingArea', 'NUMBER', TRUE, NULL, 3, '总建筑面积（平方米）', NULL),
  ('CONSTRUCTION_PERMIT', 'fireCategory', 'CHOICE', FALSE, NULL, 4, '特殊建设工程类别',
   '人员密集场所|高层或者大型公共建筑|易燃易爆危险物品生产储存场所|城市轨道交通、隧道及大型发电变配电工程|其他特殊建设工程'),
  ('CONSTRUCTION_PERMIT', 'contractPrice', 'NUMBER', TRUE, NULL, 5, '施工合同价格（万元）', NULL),
  ('CONSTRUCTION_PERMIT', 'constructionUnit', 'TEXT', TRUE, 200, 6, '施工单位', NULL),
  ('CONSTRUCTION_PERMIT', 'plannedStart', 'DATE', TRUE, NULL, 7, '计划开工日期', NULL),
  ('CONSTRUCTION_PERMIT', 'wasteVolume', 'NUMBER', TRUE, NULL, 8, '建筑垃圾产生量（立方米）', NULL),
  ('CONSTRUCTION_PERMIT', 'transportUnit', 'TEXT', TRUE, 200, 9, '建筑垃圾运输单位', NULL),
  ('CONSTRUCTION_PERMIT', 'contactName', 'TEXT', FALSE, 50, 10, '联系人', NULL),
  ('CONSTRUCTION_PERMIT', 'contactPhone', 'PHONE', FALSE, 20, 11, '联系电话', NULL),

  ('COMPLETION_ACCEPTANCE', 'projectName', 'TEXT', TRUE, 100, 1, '项目名称', NULL),
  ('COMPLETION_ACCEPTANCE', 'projectCode', 'TEXT', TRUE, 32, 2, '项目代码', NULL),
  ('COMPLETION_ACCEPTANCE', 'buildingArea', 'NUMBER', TRUE, NULL, 3, '总建筑面积（平方米）', NULL),
  ('COMPLETION_ACCEPTANCE', 'completionDate', 'DATE', TRUE, NULL, 4, '竣工验收日期', NULL),
  ('COMPLETION_ACCEPTANCE', 'constructionUnit', 'TEXT', TRUE, 200, 5, '施工单位', NULL),
  ('COMPLETION_ACCEPTANCE', 'archiveVolumes', 'NUMBER', TRUE, NULL, 6, '档案案卷数（卷）', NULL),
  ('COMPLETION_ACCEPTANCE', 'contactName', 'TEXT', FALSE, 50, 7, '联系人', NULL),
  ('COMPLETION_ACCEPTANCE', 'contactPhone', 'PHONE', FALSE, 20, 8, '联系电话', NULL);

-- every item field is fed by the stage field of the same name
INSERT INTO project_stage_field_target (stage, item_code, item_field, field_name)
SELECT i.stage, i.item_code, f.name, f.name
FROM project_stage_item i
JOIN item_form_field f ON f.item_code = i.item_code
WHERE i.stage IN ('LAND_AND_PLANNING', 'CONSTRUCTION_PERMIT_PLANNING', 'CONSTRUCTION_PERMIT',
                  'COMPLETION_ACCEPTANCE');

-- each stage's materials, uploaded once for every item that asks for them
INSERT INTO project_stage_material (stage, code, name, description, position) VALUES
  ('LAND_AND_PLANNING', 'S01', '立项用地规划许可阶段申请表',
   '按本阶段一张表单填写后打印、签章上传，代替各事项的申请表。', 1),
  ('LAND_AND_PLANNING', 'S02', '建设项目用地红线图', '标注界址点坐标的用地范围图。', 2),
  ('LAND_AND_PLANNING', 'S03', '项目申请报告', '核准类企业投资项目提交。', 3),
  ('LAND_AND_PLANNING', 'S04', '项目可行性研究报告', '政府投资项目提交。', 4),
  ('LAND_AND_PLANNING', 'S05', '项目建议书批复文件', '已审批项目建议书的政府投资项目提交。', 5),
  ('LAND_AND_PLANNING', 'S06', '建设项目规划选址论证报告', '选址需要论证的提交。', 6),
  ('LAND_AND_PLANNING', 'S07', '项目审批、核准或备案文件', NULL, 7),
  ('LAND_AND_PLANNING', 'S08', '国有建设用地使用权出让合同或者划拨决定书', NULL, 8),
  ('LAND_AND_PLANNING', 'S09', '授权委托书', '委托他人代办时提交，一份用于本阶段全部事项。', 9),

  ('CONSTRUCTION_PERMIT_PLANNING', 'S01', '工程建设许可阶段申请表',
   '按本阶段一张表单填写后打印、签章上传，代替各事项的申请表。', 1),
  ('CONSTRUCTION_PERMIT_PLANNING', 'S02', '项目审批、核准或备案文件', NULL, 2),
  ('CONSTRUCTION_PERMIT_PLANNING', 'S03', '项目总平面图',
   '标明用地红线、建筑退让、出入口及主要技术经济指标。', 3),
  ('CONSTRUCTION_PERMIT_PLANNING', 'S04', '建设工程设计方案', NULL, 4),
  ('CONSTRUCTION_PERMIT_PLANNING', 'S05', '建设用地规划许可证及附图', NULL, 5),
  ('CONSTRUCTION_PERMIT_PLANNING', 'S06', '节能报告', NULL, 6),
  ('CONSTRUCTION_PERMIT_PLANNING', 'S07', '授权委托书', '委托他人代办时提交，一份用于本阶段全部事项。', 7),

  ('CONSTRUCTION_PERMIT', 'S01', '施工许可阶段申请表',
   '按本阶段一张表单填写后打印、签章上传，代替各事项的申请表。', 1),
  ('CONSTRUCTION_PERMIT', 'S02', '建设工程规划许可证复印件', NULL, 2),
  ('CONSTRUCTION_PERMIT', 'S03', '中标通知书及施工合同', NULL, 3),
  ('CONSTRUCTION_PERMIT', 'S04', '消防设计文件', '特殊建设工程提交。', 4),
  ('CONSTRUCTION_PERMIT', 'S05', '特殊消防设计技术资料', '需要采用特殊消防设计的提交。', 5),
  ('CONSTRUCTION_PERMIT', 'S06', '施工图设计文件审查合格书', NULL, 6),
  ('CONSTRUCTION_PERMIT', 'S07', '工程质量安全措施及资金安排承诺书', NULL, 7),
  ('CONSTRUCTION_PERMIT', 'S08', '建筑垃圾处置方案', NULL, 8),
  ('CONSTRUCTION_PERMIT', 'S09', '建筑垃圾运输合同', NULL, 9),
  ('CONSTRUCTION_PERMIT', 'S10', '授权委托书', '委托他人代办时提交，一份用于本阶段全部事项。', 10),

  ('COMPLETION_ACCEPTANCE', 'S01', '竣工联合验收申请表',
   '按本阶段一张表单填写后打印、签章上传，代替各事项的申请表。', 1),
  ('COMPLETION_ACCEPTANCE', 'S02', '工程竣工验收报告', NULL, 2),
  ('COMPLETION_ACCEPTANCE', 'S03', '建设工程竣工图', '全套竣工图，含涉及消防的竣工图纸，加盖竣工图章。', 3),
  ('COMPLETION_ACCEPTANCE', 'S04', '消防设施检测报告', '设有自动消防设施的工程提交。', 4),
  ('COMPLETION_ACCEPTANCE', 'S05', '施工单位签署的工程质量保修书', NULL, 5),
  ('COMPLETION_ACCEPTANCE', 'S06', '住宅质量保证书和住宅使用说明书', '商品住宅工程提交。', 6),
  ('COMPLETION_ACCEPTANCE', 'S07', '建设工程竣工档案', NULL, 7),
  ('COMPLETION_ACCEPTANCE', 'S08', '授权委托书', '委托他人代办时提交，一份用于本阶段全部事项。', 8);

INSERT INTO project_stage_material_target (stage, item_code, item_material_code, material_code)
VALUES
  ('LAND_AND_PLANNING', 'GX-DEV-001', 'M01', 'S01'),
  ('LAND_AND_PLANNING', 'GX-DEV-002', 'M01', 'S01'),
  ('LAND_AND_PLANNING', 'GX-NR-001', 'M01', 'S01'),
  ('LAND_AND_PLANNING', 'GX-NR-002', 'M01', 'S01'),
  ('LAND_AND_PLANNING', 'GX-DEV-001', 'M03', 'S02'),
  ('LAND_AND_PLANNING', 'GX-DEV-002', 'M04', 'S02'),
  ('LAND_AND_PLANNING', 'GX-NR-001', 'M02', 'S02'),
  ('LAND_AND_PLANNING', 'GX-NR-002', 'M02', 'S02'),
  ('LAND_AND_PLANNING', 'GX-DEV-001', 'M02', 'S03'),
  ('LAND_AND_PLANNING', 'GX-DEV-002', 'M02', 'S04'),
  ('LAND_AND_PLANNING', 'GX-DEV-002', 'M03', 'S05'),
  ('LAND_AND_PLANNING', 'GX-NR-001', 'M03', 'S06'),
  ('LAND_AND_PLANNING', 'GX-NR-002', 'M03', 'S07'),
  ('LAND_AND_PLANNING', 'GX-NR-002', 'M04', 'S08'),
  ('LAND_AND_PLANNING', 'GX-DEV-001', 'M04', 'S09'),
  ('LAND_AND_PLANNING', 'GX-DEV-002', 'M05', 'S09'),
  ('LAND_AND_PLANNING', 'GX-NR-001', 'M04', 'S09'),
  ('LAND_AND_PLANNING', 'GX-NR-002', 'M05', 'S09'),

  ('CONSTRUCTION_PERMIT_PLANNING', 'GX-PLAN-004', 'M01', 'S01'),
  ('CONSTRUCTION_PERMIT_PLANNING', 'GX-DEV-003', 'M01', 'S01'),
  ('CONSTRUCTION_PERMIT_PLANNING', 'GX-PLAN-004', 'M05', 'S02'),
  ('CONSTRUCTION_PERMIT_PLANNING', 'GX-DEV-003', 'M03', 'S02'),
  ('CONSTRUCTION_PERMIT_PLANNING', 'GX-PLAN-004', 'M03', 'S03'),
  ('CONSTRUCTION_PERMIT_PLANNING', 'GX-DEV-003', 'M04', 'S03'),
  ('CONSTRUCTION_PERMIT_PLANNING', 'GX-PLAN-004', 'M02', 'S04'),
  ('CONSTRUCTION_PERMIT_PLANNING', 'GX-PLAN-004', 'M04', 'S05'),
  ('CONSTRUCTION_PERMIT_PLANNING', 'GX-DEV-003', 'M02', 'S06'),
  ('CONSTRUCTION_PERMIT_PLANNING', 'GX-PLAN-004', 'M06', 'S07'),
  ('CONSTRUCTION_PERMIT_PLANNING', 'GX-DEV-003', 'M05', 'S07'),

  ('CONSTRUCTION_PERMIT', 'GX-FIRE-001', 'M01', 'S01'),
  ('CONSTRUCTION_PERMIT', 'GX-HOU-001', 'M01', 'S01'),
  ('CONSTRUCTION_PERMIT', 'GX-HOU-003', 'M01', 'S01'),
  ('CONSTRUCTION_PERMIT', 'GX-FIRE-001', 'M03', 'S02'),
  ('CONSTRUCTION_PERMIT', 'GX-HOU-001', 'M02', 'S02'),
  ('CONSTRUCTION_PERMIT', 'GX-HOU-001', 'M04', 'S03'),
  ('CONSTRUCTION_PERMIT', 'GX-HOU-003', 'M04', 'S03'),
  ('CONSTRUCTION_PERMIT', 'GX-FIRE-001', 'M02', 'S04'),
  ('CONSTRUCTION_PERMIT', 'GX-FIRE-001', 'M04', 'S05'),
  ('CONSTRUCTION_PERMIT', 'GX-HOU-001', 'M03', 'S06'),
  ('CONSTRUCTION_PERMIT', 'GX-HOU-001', 'M05', 'S07'),
  ('CONSTRUCTION_PERMIT', 'GX-HOU-003', 'M02', 'S08'),
  ('CONSTRUCTION_PERMIT', 'GX-HOU-003', 'M03', 'S09'),
  ('CONSTRUCTION_PERMIT', 'GX-FIRE-001', 'M05', 'S10'),
  ('CONSTRUCTION_PERMIT', 'GX-HOU-001', 'M06', 'S10'),
  ('CONSTRUCTION_PERMIT', 'GX-HOU-003', 'M05', 'S10'),

  ('COMPLETION_ACCEPTANCE', 'GX-FIRE-002', 'M01', 'S01'),
  ('COMPLETION_ACCEPTANCE', 'GX-PLAN-005', 'M01', 'S01'),
  ('COMPLETION_ACCEPTANCE', 'GX-HOU-002', 'M01', 'S01'),
  ('COMPLETION_ACCEPTANCE', 'GX-FIRE-002', 'M02', 'S02'),
  ('COMPLETION_ACCEPTANCE', 'GX-HOU-002', 'M02', 'S02'),
  ('COMPLETION_ACCEPTANCE', 'GX-FIRE-002', 'M03', 'S03'),
  ('COMPLETION_ACCEPTANCE', 'GX-PLAN-005', 'M03', 'S03'),
  ('COMPLETION_ACCEPTANCE', 'GX-FIRE-002', 'M04', 'S04'),
  ('COMPLETION_ACCEPTANCE', 'GX-HOU-002', 'M03', 'S05'),
  ('COMPLETION_ACCEPTANCE', 'GX-HOU-002', 'M04', 'S06'),
  ('COMPLETION_ACCEPTANCE', 'GX-PLAN-005', 'M02', 'S07'),
  ('COMPLETION_ACCEPTANCE', 'GX-FIRE-002', 'M05', 'S08'),
  ('COMPLETION_ACCEPTANCE', 'GX-PLAN-005', 'M04', 'S08'),
  ('COMPLETION_ACCEPTANCE', 'GX-HOU-002', 'M05', 'S08');

-- what stage 1 decides is available to stage 2 without an upload: the approval of the investment
-- project and the land-use planning licence (国办发〔2019〕11号: 不再要求重复提交)
UPDATE project_stage_material SET result_of_item = 'GX-DEV-001'
WHERE stage = 'CONSTRUCTION_PERMIT_PLANNING' AND code = 'S02';
UPDATE project_stage_material SET result_of_item = 'GX-NR-002'
WHERE stage = 'CONSTRUCTION_PERMIT_PLANNING' AND code = 'S05';

-- 容缺受理: secondary materials a key project's application may be accepted without, against the
-- applicant's promise to supply them within these working days of the acceptance
UPDATE item_material SET deferral_days = 10
WHERE item_code = 'GX-NR-002' AND code = 'M04';
UPDATE item_material SET deferral_days = 15
WHERE item_code = 'GX-DEV-003' AND code = 'M02';
UPDATE item_material SET deferral_days = 10
WHERE item_code = 'GX-HOU-001' AND code = 'M04';

-- SAMPLE DATA: a made-up key project of the demo enterprise (示例高新智能装备有限公司), its first
-- stage open. Inserted once: a restart keeps what the demo user did with it.
INSERT IGNORE INTO project
  (id, code, name, enterprise_id, location, investment, project_type, key_project, key_reason,
   key_designated_by, key_designated_at, created_by, created_at, version)
VALUES
  ('5b7e2c90-3f1a-4d6e-8a24-7c1f0e9d3b58', '2026-370571-35-02-000123',
   '年产5000台（套）智能焊接机器人生产基地项目', 1,
   '山东省东营市东营区高新技术产业开发区创新路以东、黄河路以北', 36800.00, 'INDUSTRIAL', TRUE,
   '列入本年度市级重点建设项目名单，总投资3.68亿元，实行专人帮办代办。', 'supervisor',
   UTC_TIMESTAMP(), 'enterprise', UTC_TIMESTAMP(), 0);

-- the open stage's form starts with what the project's registration says, as a registered
-- project's does
INSERT IGNORE INTO project_stage (project_id, stage, status, opened_at, form_json) VALUES
  ('5b7e2c90-3f1a-4d6e-8a24-7c1f0e9d3b58', 'LAND_AND_PLANNING', 'OPEN', UTC_TIMESTAMP(),
   JSON_OBJECT('projectName', '年产5000台（套）智能焊接机器人生产基地项目',
               'projectCode', '2026-370571-35-02-000123',
               'location', '山东省东营市东营区高新技术产业开发区创新路以东、黄河路以北',
               'investment', 36800.00)),
  ('5b7e2c90-3f1a-4d6e-8a24-7c1f0e9d3b58', 'CONSTRUCTION_PERMIT_PLANNING', 'LOCKED', NULL, NULL),
  ('5b7e2c90-3f1a-4d6e-8a24-7c1f0e9d3b58', 'CONSTRUCTION_PERMIT', 'LOCKED', NULL, NULL),
  ('5b7e2c90-3f1a-4d6e-8a24-7c1f0e9d3b58', 'COMPLETION_ACCEPTANCE', 'LOCKED', NULL, NULL);

-- its helper, assigned by the administrator (the enterprise authorizes the helper itself)
UPDATE project
SET helper_username = 'helper', helper_assigned_by = 'admin', helper_assigned_at = UTC_TIMESTAMP()
WHERE id = '5b7e2c90-3f1a-4d6e-8a24-7c1f0e9d3b58' AND helper_username IS NULL;

-- SAMPLE DATA: the environment department in the second stage, with its clerk. The 报告表 of an
-- industrial or building project is approved within thirty days of its receipt
-- (《中华人民共和国环境影响评价法》第二十二条), promised here in eight working days.
INSERT INTO app_user (username, password_hash, display_name, role, enterprise_id, department_code,
                      station_code, enabled, failed_logins, locked_until, created_at) VALUES
  ('env-clerk', '$2a$10$JuNJMkD0pjvHeHJgLCONLum3odtOxU6dlkF.nyZcD26uT4Rk1Hcke', '陶然',
   'CLERK', NULL, 'environment', NULL, TRUE, 0, NULL, UTC_TIMESTAMP())
ON DUPLICATE KEY UPDATE password_hash = VALUES(password_hash),
  display_name = VALUES(display_name), role = VALUES(role),
  enterprise_id = VALUES(enterprise_id), department_code = VALUES(department_code),
  station_code = VALUES(station_code), enabled = TRUE, failed_logins = 0, locked_until = NULL;
DELETE FROM user_duty WHERE username = 'env-clerk';
INSERT INTO user_duty (username, duty) VALUES
  ('env-clerk', 'accept'), ('env-clerk', 'review'), ('env-clerk', 'decide'), ('env-clerk', 'verify');

INSERT INTO service_item (code, name, department_code, theme, handling_type, limit_unit,
                          legal_limit, promised_limit, max_extension, process_key, description,
                          basis, fee, active, handling_place)
VALUES
  ('GX-ENV-004', '建设项目环境影响报告表审批', 'environment', 'INVESTMENT_CONSTRUCTION', 'COMMITTED',
   'WORKING_DAYS', 20, 8, 10, 'standard-approval',
   '依法应当编制环境影响报告表的建设项目，建设单位在开工建设前报批环境影响报告表。',
   '《中华人民共和国环境影响评价法》第十六条、第二十二条', '不收费', TRUE,
   '高新区政务服务中心二楼 投资建设区 生态环境分局窗口（B 区 25–26 号）')
ON DUPLICATE KEY UPDATE name = VALUES(name), department_code = VALUES(department_code),
  theme = VALUES(theme), handling_type = VALUES(handling_type), limit_unit = VALUES(limit_unit),
  legal_limit = VALUES(legal_limit), promised_limit = VALUES(promised_limit),
  max_extension = VALUES(max_extension), process_key = VALUES(process_key),
  description = VALUES(description), basis = VALUES(basis), fee = VALUES(fee), active = TRUE,
  handling_place = VALUES(handling_place);

DELETE FROM item_material WHERE item_code = 'GX-ENV-004';
INSERT INTO item_material
  (item_code, code, name, kind, required, proof_code, description, sort_order)
VALUES
  ('GX-ENV-004', 'M01', '建设项目环境影响报告表审批申请书', 'FORM', TRUE, NULL, NULL, 1),
  ('GX-ENV-004', 'M02', '建设项目环境影响报告表', 'ATTACHMENT', TRUE, NULL,
   '由建设单位自行或者委托技术单位编制。', 2),
  ('GX-ENV-004', 'M03', '项目总平面图', 'ATTACHMENT', FALSE, NULL, '报告表未附总平面图的提交。', 3),
  ('GX-ENV-004', 'M04', '授权委托书', 'ATTACHMENT', FALSE, NULL, '委托他人代办时提交。', 4);

INSERT INTO item_step_limit (item_code, step, limit_value) VALUES
  ('GX-ENV-004', 'ACCEPT', 1), ('GX-ENV-004', 'REVIEW', 5), ('GX-ENV-004', 'DECIDE', 2),
  ('GX-ENV-004', 'SUPPLEMENT', 10)
ON DUPLICATE KEY UPDATE limit_value = VALUES(limit_value);

DELETE FROM item_form_field WHERE item_code = 'GX-ENV-004';
INSERT INTO item_form_field
  (item_code, name, type, required, max_length, position, label, options)
VALUES
  ('GX-ENV-004', 'projectName', 'TEXT', TRUE, 100, 1, NULL, NULL),
  ('GX-ENV-004', 'projectCode', 'TEXT', TRUE, 32, 2, '项目代码', NULL),
  ('GX-ENV-004', 'contactName', 'TEXT', FALSE, 50, 3, NULL, NULL),
  ('GX-ENV-004', 'contactPhone', 'PHONE', FALSE, 20, 4, NULL, NULL);

-- in the second stage, for every project type but linear works
INSERT INTO project_stage_item (stage, item_code, position) VALUES
  ('CONSTRUCTION_PERMIT_PLANNING', 'GX-ENV-004', 3);
INSERT INTO project_stage_item_type (stage, item_code, project_type) VALUES
  ('CONSTRUCTION_PERMIT_PLANNING', 'GX-ENV-004', 'GOVERNMENT_BUILDING'),
  ('CONSTRUCTION_PERMIT_PLANNING', 'GX-ENV-004', 'SOCIAL_BUILDING'),
  ('CONSTRUCTION_PERMIT_PLANNING', 'GX-ENV-004', 'INDUSTRIAL');
INSERT INTO project_stage_field_target (stage, item_code, item_field, field_name) VALUES
  ('CONSTRUCTION_PERMIT_PLANNING', 'GX-ENV-004', 'projectName', 'projectName'),
  ('CONSTRUCTION_PERMIT_PLANNING', 'GX-ENV-004', 'projectCode', 'projectCode'),
  ('CONSTRUCTION_PERMIT_PLANNING', 'GX-ENV-004', 'contactName', 'contactName'),
  ('CONSTRUCTION_PERMIT_PLANNING', 'GX-ENV-004', 'contactPhone', 'contactPhone');
INSERT INTO project_stage_material (stage, code, name, description, position) VALUES
  ('CONSTRUCTION_PERMIT_PLANNING', 'S08', '建设项目环境影响报告表', NULL, 8);
INSERT INTO project_stage_material_target (stage, item_code, item_material_code, material_code) VALUES
  ('CONSTRUCTION_PERMIT_PLANNING', 'GX-ENV-004', 'M01', 'S01'),
  ('CONSTRUCTION_PERMIT_PLANNING', 'GX-ENV-004', 'M02', 'S08'),
  ('CONSTRUCTION_PERMIT_PLANNING', 'GX-ENV-004', 'M03', 'S03'),
  ('CONSTRUCTION_PERMIT_PLANNING', 'GX-ENV-004', 'M04', 'S07');
