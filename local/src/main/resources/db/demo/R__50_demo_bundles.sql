-- SAMPLE DATA (local profile only): two 一件事一次办 bundles with the items of the departments
-- involved, and a clerk for each new department. Names, limits and legal bases are realistic but
-- this is not an official service guide; the people are made up. Every demo account's password is
-- Demo#2026pass.

INSERT INTO department (code, name, created_at) VALUES
  ('police', '公安分局', UTC_TIMESTAMP()),
  ('tax', '税务局', UTC_TIMESTAMP()),
  ('hrss', '人力资源和社会保障局', UTC_TIMESTAMP()),
  ('housing-fund', '住房公积金管理中心', UTC_TIMESTAMP())
ON DUPLICATE KEY UPDATE name = VALUES(name);

INSERT INTO service_item
  (code, name, department_code, theme, handling_type, limit_unit, legal_limit, promised_limit,
   max_extension, process_key, description, basis, fee, active)
VALUES
  ('GX-PSB-001', '公章刻制备案', 'police', 'START_UP', 'INSTANT',
   'WORKING_DAYS', 1, 0, 0, 'standard-approval',
   '新设立企业刻制公章的，由刻制企业或申请人向公安机关备案，材料齐全的当场办结。',
   '《国务院关于第六批取消和调整行政审批项目的决定》（国发〔2012〕52号）', '不收费', TRUE),
  ('GX-TAX-001', '新办纳税人涉税事项办理', 'tax', 'START_UP', 'INSTANT',
   'WORKING_DAYS', 1, 0, 0, 'standard-approval',
   '新设立企业办理税务信息确认、税费种认定、发票领用等涉税事项，材料齐全的当场办结。',
   '《中华人民共和国税收征收管理法》第十五条', '不收费', TRUE),
  ('GX-HRSS-001', '单位参保登记', 'hrss', 'START_UP', 'INSTANT',
   'WORKING_DAYS', 15, 0, 0, 'standard-approval',
   '用人单位自成立之日起三十日内办理社会保险登记。',
   '《中华人民共和国社会保险法》第五十七条', '不收费', TRUE),
  ('GX-HF-001', '住房公积金单位缴存登记', 'housing-fund', 'START_UP', 'INSTANT',
   'WORKING_DAYS', 5, 0, 0, 'standard-approval',
   '新设立的单位自设立之日起三十日内办理住房公积金缴存登记。',
   '《住房公积金管理条例》第十四条', '不收费', TRUE),
  ('GX-TAX-002', '清税申报（注销税务登记）', 'tax', 'EXIT', 'COMMITTED',
   'WORKING_DAYS', 20, 3, 10, 'standard-approval',
   '纳税人办理注销前结清应纳税款、滞纳金、罚款，缴销发票，税务机关出具清税文书。',
   '《中华人民共和国税收征收管理法实施细则》第十五条、第十六条', '不收费', TRUE),
  ('GX-HRSS-002', '单位社会保险注销登记', 'hrss', 'EXIT', 'INSTANT',
   'WORKING_DAYS', 15, 0, 0, 'standard-approval',
   '用人单位依法终止的，办理社会保险注销登记。',
   '《社会保险登记管理暂行办法》第十八条', '不收费', TRUE),
  ('GX-HF-002', '住房公积金单位缴存注销登记', 'housing-fund', 'EXIT', 'INSTANT',
   'WORKING_DAYS', 5, 0, 0, 'standard-approval',
   '单位合并、分立、撤销、解散或者破产的，办理住房公积金缴存注销登记。',
   '《住房公积金管理条例》第十四条', '不收费', TRUE)
ON DUPLICATE KEY UPDATE
  name = VALUES(name), department_code = VALUES(department_code), theme = VALUES(theme),
  handling_type = VALUES(handling_type), limit_unit = VALUES(limit_unit),
  legal_limit = VALUES(legal_limit), promised_limit = VALUES(promised_limit),
  max_extension = VALUES(max_extension), process_key = VALUES(process_key),
  description = VALUES(description), basis = VALUES(basis), fee = VALUES(fee),
  active = VALUES(active);

UPDATE service_item SET handling_place = '高新区政务服务中心一楼 企业开办区 综合窗口（A 区 9–12 号）'
WHERE code IN ('GX-PSB-001', 'GX-TAX-001', 'GX-HRSS-001', 'GX-HF-001', 'GX-TAX-002',
               'GX-HRSS-002', 'GX-HF-002');

INSERT INTO item_material
  (item_code, code, name, kind, required, proof_code, description, sort_order)
VALUES
  ('GX-PSB-001', 'M01', '印章刻制备案表', 'FORM', TRUE, NULL, NULL, 1),
  ('GX-PSB-001', 'M02', '法定代表人身份证件', 'ATTACHMENT', TRUE, NULL, NULL, 2),
  ('GX-PSB-001', 'M03', '印模样式', 'ATTACHMENT', TRUE, NULL, '公章、财务专用章、发票专用章的印模。', 3),
  ('GX-TAX-001', 'M01', '新办纳税人涉税事项确认表', 'FORM', TRUE, NULL, NULL, 1),
  ('GX-TAX-001', 'M02', '法定代表人身份证件', 'ATTACHMENT', TRUE, NULL, NULL, 2),
  ('GX-TAX-001', 'M03', '财务负责人、办税人员身份证件', 'ATTACHMENT', TRUE, NULL, NULL, 3),
  ('GX-HRSS-001', 'M01', '社会保险登记表', 'FORM', TRUE, NULL, NULL, 1),
  ('GX-HRSS-001', 'M02', '法定代表人身份证件', 'ATTACHMENT', TRUE, NULL, NULL, 2),
  ('GX-HF-001', 'M01', '住房公积金单位缴存登记表', 'FORM', TRUE, NULL, NULL, 1),
  ('GX-HF-001', 'M02', '法定代表人身份证件', 'ATTACHMENT', TRUE, NULL, NULL, 2),
  ('GX-HF-001', 'M03', '职工名册及缴存基数', 'ATTACHMENT', TRUE, NULL, NULL, 3),
  ('GX-TAX-002', 'M01', '清税申报表', 'FORM', TRUE, NULL, NULL, 1),
  ('GX-TAX-002', 'M02', '依法作出解散的决议或者决定', 'ATTACHMENT', TRUE, NULL, NULL, 2),
  ('GX-TAX-002', 'M03', '发票缴销情况说明', 'ATTACHMENT', FALSE, NULL, '领用过发票的纳税人提交。', 3),
  ('GX-HRSS-002', 'M01', '社会保险注销登记表', 'FORM', TRUE, NULL, NULL, 1),
  ('GX-HRSS-002', 'M02', '依法作出解散的决议或者决定', 'ATTACHMENT', TRUE, NULL, NULL, 2),
  ('GX-HF-002', 'M01', '住房公积金单位缴存注销登记表', 'FORM', TRUE, NULL, NULL, 1),
  ('GX-HF-002', 'M02', '依法作出解散的决议或者决定', 'ATTACHMENT', TRUE, NULL, NULL, 2)
ON DUPLICATE KEY UPDATE
  name = VALUES(name), kind = VALUES(kind), required = VALUES(required),
  proof_code = VALUES(proof_code), description = VALUES(description),
  sort_order = VALUES(sort_order);

-- BCrypt (cost 10) of Demo#2026pass, as every demo account
INSERT INTO app_user (username, password_hash, display_name, role, enterprise_id, department_code,
                      station_code, enabled, failed_logins, locked_until, created_at) VALUES
  ('police-clerk', '$2a$10$JuNJMkD0pjvHeHJgLCONLum3odtOxU6dlkF.nyZcD26uT4Rk1Hcke', '邵军',
   'CLERK', NULL, 'police', NULL, TRUE, 0, NULL, UTC_TIMESTAMP()),
  ('tax-clerk', '$2a$10$JuNJMkD0pjvHeHJgLCONLum3odtOxU6dlkF.nyZcD26uT4Rk1Hcke', '田园',
   'CLERK', NULL, 'tax', NULL, TRUE, 0, NULL, UTC_TIMESTAMP()),
  ('hrss-clerk', '$2a$10$JuNJMkD0pjvHeHJgLCONLum3odtOxU6dlkF.nyZcD26uT4Rk1Hcke', '秦川',
   'CLERK', NULL, 'hrss', NULL, TRUE, 0, NULL, UTC_TIMESTAMP()),
  ('fund-clerk', '$2a$10$JuNJMkD0pjvHeHJgLCONLum3odtOxU6dlkF.nyZcD26uT4Rk1Hcke', '金梅',
   'CLERK', NULL, 'housing-fund', NULL, TRUE, 0, NULL, UTC_TIMESTAMP())
ON DUPLICATE KEY UPDATE password_hash = VALUES(password_hash),
  display_name = VALUES(display_name), role = VALUES(role),
  enterprise_id = VALUES(enterprise_id), department_code = VALUES(department_code),
  station_code = VALUES(station_code), enabled = TRUE, failed_logins = 0, locked_until = NULL;

DELETE FROM user_duty WHERE username IN ('police-clerk', 'tax-clerk', 'hrss-clerk', 'fund-clerk');
INSERT INTO user_duty (username, duty) VALUES
  ('police-clerk', 'accept'), ('police-clerk', 'review'), ('police-clerk', 'decide'),
  ('tax-clerk', 'accept'), ('tax-clerk', 'review'), ('tax-clerk', 'decide'),
  ('hrss-clerk', 'accept'), ('hrss-clerk', 'review'), ('hrss-clerk', 'decide'),
  ('fund-clerk', 'accept'), ('fund-clerk', 'review'), ('fund-clerk', 'decide');

-- the bundles, rebuilt whole at each run
DELETE FROM bundle_material_target WHERE bundle_code IN ('YJS-START', 'YJS-EXIT');
DELETE FROM bundle_material WHERE bundle_code IN ('YJS-START', 'YJS-EXIT');
DELETE FROM bundle_field_target WHERE bundle_code IN ('YJS-START', 'YJS-EXIT');
DELETE FROM bundle_field WHERE bundle_code IN ('YJS-START', 'YJS-EXIT');
DELETE FROM bundle_item WHERE bundle_code IN ('YJS-START', 'YJS-EXIT');

INSERT INTO bundle (code, name, theme, promised_limit, description, basis, active, position)
VALUES
  ('YJS-START', '企业开办一件事', 'START_UP', 1,
   '设立登记、公章刻制备案、新办纳税人涉税事项、单位参保登记、住房公积金单位缴存登记，一张表单、一套材料、一次提交，各部门同时办理。',
   '《国务院办公厅关于加快推进“一件事一次办”打造政务服务升级版的指导意见》（国办发〔2024〕3号）', TRUE, 1),
  ('YJS-EXIT', '企业注销一件事', 'EXIT', 5,
   '企业注销登记、清税、社会保险注销、住房公积金缴存注销，一次提交，各部门同时办理。',
   '《国务院办公厅关于加快推进“一件事一次办”打造政务服务升级版的指导意见》（国办发〔2024〕3号）', TRUE, 2)
ON DUPLICATE KEY UPDATE name = VALUES(name), theme = VALUES(theme),
  promised_limit = VALUES(promised_limit), description = VALUES(description),
  basis = VALUES(basis), active = VALUES(active), position = VALUES(position);

INSERT INTO bundle_item (bundle_code, item_code, position) VALUES
  ('YJS-START', 'GX-MKT-001', 1),
  ('YJS-START', 'GX-PSB-001', 2),
  ('YJS-START', 'GX-TAX-001', 3),
  ('YJS-START', 'GX-HRSS-001', 4),
  ('YJS-START', 'GX-HF-001', 5),
  ('YJS-EXIT', 'GX-MKT-003', 1),
  ('YJS-EXIT', 'GX-TAX-002', 2),
  ('YJS-EXIT', 'GX-HRSS-002', 3),
  ('YJS-EXIT', 'GX-HF-002', 4);

INSERT INTO bundle_field (bundle_code, name, type, required, max_length, position, label, options)
VALUES
  ('YJS-START', 'enterpriseName', 'TEXT', TRUE, 100, 1, '企业名称', NULL),
  ('YJS-START', 'contactName', 'TEXT', TRUE, 50, 2, '联系人', NULL),
  ('YJS-START', 'contactPhone', 'PHONE', TRUE, 20, 3, '联系电话', NULL),
  ('YJS-START', 'note', 'LONG_TEXT', FALSE, 1000, 4, '其他说明', NULL),
  ('YJS-EXIT', 'enterpriseName', 'TEXT', TRUE, 100, 1, '企业名称', NULL),
  ('YJS-EXIT', 'contactName', 'TEXT', TRUE, 50, 2, '清算组负责人', NULL),
  ('YJS-EXIT', 'contactPhone', 'PHONE', TRUE, 20, 3, '联系电话', NULL),
  ('YJS-EXIT', 'note', 'LONG_TEXT', FALSE, 1000, 4, '注销原因', NULL);

-- every item of these bundles has the standard form: the bundle's fields feed it under the same
-- names, the enterprise's name feeding projectName
INSERT INTO bundle_field_target (bundle_code, item_code, item_field, field_name)
SELECT bi.bundle_code, bi.item_code, f.item_field, f.field_name
FROM bundle_item bi
CROSS JOIN (
  SELECT 'projectName' AS item_field, 'enterpriseName' AS field_name
  UNION ALL SELECT 'contactName', 'contactName'
  UNION ALL SELECT 'contactPhone', 'contactPhone'
  UNION ALL SELECT 'note', 'note'
) f
WHERE bi.bundle_code IN ('YJS-START', 'YJS-EXIT');

INSERT INTO bundle_material (bundle_code, code, name, description, position) VALUES
  ('YJS-START', 'B00', '企业开办一件事综合申请表', '由一张表单生成，签字后上传，代替各事项的申请表。', 0),
  ('YJS-START', 'B01', '法定代表人身份证件', '一次上传，设立登记、公章备案、涉税、社保、公积金共用。', 1),
  ('YJS-START', 'B02', '公司章程', NULL, 2),
  ('YJS-START', 'B03', '法定代表人、董事、监事和经理的任职文件', NULL, 3),
  ('YJS-START', 'B04', '印模样式', '公章、财务专用章、发票专用章的印模。', 4),
  ('YJS-START', 'B05', '财务负责人、办税人员身份证件', NULL, 5),
  ('YJS-START', 'B06', '职工名册及缴存基数', NULL, 6),
  ('YJS-EXIT', 'B00', '企业注销一件事综合申请表', '由一张表单生成，签字后上传，代替各事项的申请表。', 0),
  ('YJS-EXIT', 'B01', '依法作出解散的决议或者决定', '一次上传，注销登记、清税、社保、公积金共用。', 1),
  ('YJS-EXIT', 'B02', '经确认的清算报告', NULL, 2),
  ('YJS-EXIT', 'B03', '发票缴销情况说明', '领用过发票的企业提交。', 3);

-- which item material each bundle material stands for; item materials of kind FORM are the
-- bundle's form itself, and materials not listed are asked of the item as they are
INSERT INTO bundle_material_target (bundle_code, item_code, item_material_code, material_code)
SELECT 'YJS-START', m.item_code, m.code,
  CASE m.name
    WHEN '法定代表人身份证件' THEN 'B01'
    WHEN '公司章程' THEN 'B02'
    WHEN '法定代表人、董事、监事和经理的任职文件' THEN 'B03'
    WHEN '印模样式' THEN 'B04'
    WHEN '财务负责人、办税人员身份证件' THEN 'B05'
    WHEN '职工名册及缴存基数' THEN 'B06'
  END
FROM item_material m
WHERE m.item_code IN ('GX-MKT-001', 'GX-PSB-001', 'GX-TAX-001', 'GX-HRSS-001', 'GX-HF-001')
  AND m.name IN ('法定代表人身份证件', '公司章程', '法定代表人、董事、监事和经理的任职文件', '印模样式',
                 '财务负责人、办税人员身份证件', '职工名册及缴存基数');

INSERT INTO bundle_material_target (bundle_code, item_code, item_material_code, material_code)
SELECT 'YJS-EXIT', m.item_code, m.code,
  CASE m.name
    WHEN '依法作出解散的决议或者决定' THEN 'B01'
    WHEN '经确认的清算报告' THEN 'B02'
    WHEN '发票缴销情况说明' THEN 'B03'
  END
FROM item_material m
WHERE m.item_code IN ('GX-MKT-003', 'GX-TAX-002', 'GX-HRSS-002', 'GX-HF-002')
  AND m.name IN ('依法作出解散的决议或者决定', '经确认的清算报告', '发票缴销情况说明');

-- the combined application form stands for every item's own application form
INSERT INTO bundle_material_target (bundle_code, item_code, item_material_code, material_code)
SELECT bi.bundle_code, m.item_code, m.code, 'B00'
FROM bundle_item bi
JOIN item_material m ON m.item_code = bi.item_code AND m.kind = 'FORM'
WHERE bi.bundle_code IN ('YJS-START', 'YJS-EXIT');
