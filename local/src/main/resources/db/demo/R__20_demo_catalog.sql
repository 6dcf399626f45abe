-- SAMPLE DATA for trying the service hall (local profile only): a demo catalogue of the zone's
-- service items and their materials. Names, limits and legal bases are realistic but this is
-- not an official service guide. Re-runnable: rows are inserted or brought up to date.

INSERT INTO service_item
  (code, name, department_code, theme, handling_type, limit_unit, legal_limit, promised_limit,
   max_extension, process_key, description, basis, fee, active)
VALUES
  ('GX-PLAN-001', '建设工程规划许可证核发', 'planning', 'INVESTMENT_CONSTRUCTION', 'COMMITTED',
   'WORKING_DAYS', 20, 8, 10, 'standard-approval',
   '在规划区内进行建筑物、构筑物、道路、管线和其他工程建设的，建设单位在开工前申请核发建设工程规划许可证。',
   '《中华人民共和国城乡规划法》第四十条', '不收费', TRUE),
  ('GX-PLAN-002', '建设工程规划许可证遗失补办', 'planning', 'INVESTMENT_CONSTRUCTION', 'INSTANT',
   'WORKING_DAYS', 20, 0, 0, 'standard-approval',
   '已核发的建设工程规划许可证遗失或损毁的，建设单位申请补发，材料齐全的当场办结。',
   '《中华人民共和国城乡规划法》第四十条', '不收费', TRUE),
  ('GX-PLAN-003', '建设工程竣工规划核实', 'planning', 'INVESTMENT_CONSTRUCTION', 'COMMITTED',
   'WORKING_DAYS', 20, 5, 10, 'standard-approval',
   '建设工程竣工后，核实建设工程是否符合规划条件；未经核实或者经核实不符合规划条件的，建设单位不得组织竣工验收。',
   '《中华人民共和国城乡规划法》第四十五条', '不收费', TRUE),
  ('GX-MKT-001', '企业设立登记', 'market', 'START_UP', 'INSTANT',
   'WORKING_DAYS', 3, 0, 0, 'standard-approval',
   '申请设立有限责任公司、股份有限公司等企业。申请材料齐全、符合法定形式的，当场予以登记并核发营业执照。',
   '《中华人民共和国市场主体登记管理条例》第十九条', '不收费', TRUE),
  ('GX-MKT-002', '食品经营许可', 'market', 'OPERATING_PERMITS', 'COMMITTED',
   'WORKING_DAYS', 10, 5, 10, 'standard-approval',
   '在本区从事食品销售和餐饮服务活动的经营者，申请核发食品经营许可证。',
   '《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》', '不收费', TRUE),
  ('GX-MKT-003', '企业注销登记', 'market', 'EXIT', 'COMMITTED',
   'WORKING_DAYS', 3, 1, 10, 'standard-approval',
   '企业因解散、被宣告破产或者其他法定事由需要终止的，清算完成后申请注销登记。',
   '《中华人民共和国市场主体登记管理条例》第三十一条', '不收费', TRUE),
  ('GX-MKT-004', '企业变更登记', 'market', 'OPERATIONS', 'INSTANT',
   'WORKING_DAYS', 3, 0, 0, 'standard-approval',
   '企业名称、住所、经营范围、注册资本、法定代表人等登记事项发生变更的，申请变更登记。',
   '《中华人民共和国市场主体登记管理条例》第二十四条', '不收费', TRUE),
  ('GX-ENV-001', '建设项目环境影响评价文件审批', 'environment', 'INVESTMENT_CONSTRUCTION', 'COMMITTED',
   'WORKING_DAYS', 60, 20, 10, 'standard-approval',
   '依法应当编制环境影响报告书、报告表的建设项目，建设单位在开工建设前报请审批环境影响评价文件。',
   '《中华人民共和国环境影响评价法》第二十二条', '不收费', TRUE),
  ('GX-ENV-002', '排污许可证核发', 'environment', 'OPERATIONS', 'COMMITTED',
   'WORKING_DAYS', 20, 10, 10, 'standard-approval',
   '纳入固定污染源排污许可分类管理名录、实行排污许可管理的排污单位，申请核发排污许可证。',
   '《排污许可管理条例》第十一条', '不收费', TRUE),
  ('GX-ENV-003', '排污许可证注销', 'environment', 'EXIT', 'INSTANT',
   'WORKING_DAYS', 20, 0, 0, 'standard-approval',
   '排污单位依法终止、排污许可证有效期届满未延续或者被依法撤销的，申请注销排污许可证。',
   '《排污许可管理条例》第二十条', '不收费', TRUE)
ON DUPLICATE KEY UPDATE
  name = VALUES(name), department_code = VALUES(department_code), theme = VALUES(theme),
  handling_type = VALUES(handling_type), limit_unit = VALUES(limit_unit),
  legal_limit = VALUES(legal_limit), promised_limit = VALUES(promised_limit),
  max_extension = VALUES(max_extension), process_key = VALUES(process_key),
  description = VALUES(description), basis = VALUES(basis), fee = VALUES(fee),
  active = VALUES(active);

-- where each item is handled in person: the department's window in the zone's service centre
UPDATE service_item SET handling_place = CASE department_code
    WHEN 'planning' THEN '高新区政务服务中心二楼 投资建设区 规划建设局窗口（B 区 21–24 号）'
    WHEN 'market' THEN '高新区政务服务中心一楼 企业开办区 市场监管局窗口（A 区 1–8 号）'
    WHEN 'environment' THEN '高新区政务服务中心二楼 投资建设区 生态环境分局窗口（B 区 25–26 号）'
  END
WHERE code LIKE 'GX-%';

INSERT INTO item_material
  (item_code, code, name, kind, required, proof_code, description, sort_order)
VALUES
  ('GX-PLAN-001', 'M01', '建设工程规划许可申请表', 'FORM', TRUE, NULL, NULL, 1),
  ('GX-PLAN-001', 'M02', '营业执照', 'PROOF', TRUE, 'GXZM-001',
   '通过市场主体登记信息共享核验，无需提交。', 2),
  ('GX-PLAN-001', 'M03', '建设工程设计方案', 'ATTACHMENT', TRUE, NULL,
   '含总平面图及各层平面、立面、剖面图。', 3),
  ('GX-PLAN-001', 'M04', '国有土地使用权证明', 'PROOF', TRUE, 'GXZM-002',
   '不动产权证书或国有建设用地使用权出让合同。', 4),
  ('GX-PLAN-001', 'M05', '授权委托书', 'ATTACHMENT', FALSE, NULL, '委托他人代办时提交。', 5),

  ('GX-PLAN-002', 'M01', '建设工程规划许可证补办申请表', 'FORM', TRUE, NULL, NULL, 1),
  ('GX-PLAN-002', 'M02', '遗失声明', 'ATTACHMENT', TRUE, NULL, '在报刊或政府网站刊登的遗失声明。', 2),

  ('GX-PLAN-003', 'M01', '建设工程竣工规划核实申请表', 'FORM', TRUE, NULL, NULL, 1),
  ('GX-PLAN-003', 'M02', '建设工程规划许可证', 'PROOF', TRUE, 'GXZM-003',
   '由本局核验已核发的许可证，无需提交。', 2),
  ('GX-PLAN-003', 'M03', '竣工测量成果报告', 'ATTACHMENT', TRUE, NULL, NULL, 3),
  ('GX-PLAN-003', 'M04', '营业执照', 'PROOF', TRUE, 'GXZM-001', NULL, 4),

  ('GX-MKT-001', 'M01', '企业设立登记申请书', 'FORM', TRUE, NULL, NULL, 1),
  ('GX-MKT-001', 'M02', '公司章程', 'ATTACHMENT', TRUE, NULL, NULL, 2),
  ('GX-MKT-001', 'M03', '法定代表人、董事、监事和经理的任职文件', 'ATTACHMENT', TRUE, NULL, NULL, 3),
  ('GX-MKT-001', 'M04', '住所（经营场所）使用证明', 'PROOF', TRUE, 'GXZM-004',
   '实行住所申报承诺制，签署住所信息真实性承诺即可。', 4),
  ('GX-MKT-001', 'M05', '股东主体资格证明', 'PROOF', TRUE, 'GXZM-005',
   '自然人股东身份信息通过人口信息共享核验。', 5),
  ('GX-MKT-001', 'M06', '授权委托书', 'ATTACHMENT', FALSE, NULL, '委托他人代办时提交。', 6),

  ('GX-MKT-002', 'M01', '食品经营许可申请书', 'FORM', TRUE, NULL, NULL, 1),
  ('GX-MKT-002', 'M02', '营业执照', 'PROOF', TRUE, 'GXZM-001', NULL, 2),
  ('GX-MKT-002', 'M03', '主要设备设施、经营布局和操作流程文件', 'ATTACHMENT', TRUE, NULL, NULL, 3),
  ('GX-MKT-002', 'M04', '食品安全管理制度', 'ATTACHMENT', TRUE, NULL,
   '含从业人员健康管理、进货查验记录、食品安全自查等制度。', 4),
  ('GX-MKT-002', 'M05', '食品安全管理人员考核合格证明', 'PROOF', TRUE, 'GXZM-006',
   '由本局查询考核记录核验。', 5),
  ('GX-MKT-002', 'M06', '经营场所房屋产权证明', 'PROOF', FALSE, 'GXZM-007',
   '该证明事项已取消，无需提供。', 6),
  ('GX-MKT-002', 'M07', '从业人员健康证明', 'PROOF', TRUE, 'GXZM-012',
   '从事接触直接入口食品工作的从业人员的健康证明。', 7),
  ('GX-MKT-002', 'M08', '经营场所使用证明', 'PROOF', TRUE, 'GXZM-004',
   '签署经营场所信息真实性承诺即可，无需提交。', 8),

  ('GX-MKT-003', 'M01', '企业注销登记申请书', 'FORM', TRUE, NULL, NULL, 1),
  ('GX-MKT-003', 'M02', '依法作出解散的决议或者决定', 'ATTACHMENT', TRUE, NULL, NULL, 2),
  ('GX-MKT-003', 'M03', '经确认的清算报告', 'ATTACHMENT', TRUE, NULL, NULL, 3),
  ('GX-MKT-003', 'M04', '清税证明', 'PROOF', TRUE, 'GXZM-008',
   '通过税务部门信息共享核验清税情况。', 4),
  ('GX-MKT-003', 'M05', '人民法院终结破产程序的裁定', 'ATTACHMENT', FALSE, NULL,
   '因破产申请注销时提交。', 5),
  ('GX-MKT-003', 'M06', '社会保险费清缴证明', 'PROOF', TRUE, 'GXZM-017',
   '通过社会保险信息共享核验社会保险费是否结清，无需提交。', 6),

  ('GX-MKT-004', 'M01', '企业变更登记申请书', 'FORM', TRUE, NULL, NULL, 1),
  ('GX-MKT-004', 'M02', '关于变更事项的决议或者决定', 'ATTACHMENT', TRUE, NULL, NULL, 2),
  ('GX-MKT-004', 'M03', '章程修正案', 'ATTACHMENT', FALSE, NULL, '变更事项涉及章程修改时提交。', 3),
  ('GX-MKT-004', 'M04', '新住所（经营场所）使用证明', 'PROOF', FALSE, 'GXZM-004',
   '变更住所时签署住所信息真实性承诺。', 4),
  ('GX-MKT-004', 'M05', '法定代表人任职证明', 'PROOF', FALSE, 'GXZM-038',
   '变更法定代表人时通过登记信息共享核验。', 5),

  ('GX-ENV-001', 'M01', '建设项目环境影响评价文件审批申请书', 'FORM', TRUE, NULL, NULL, 1),
  ('GX-ENV-001', 'M02', '环境影响报告书（表）', 'ATTACHMENT', TRUE, NULL, NULL, 2),
  ('GX-ENV-001', 'M03', '公众参与说明', 'ATTACHMENT', FALSE, NULL, '编制环境影响报告书的项目提交。', 3),
  ('GX-ENV-001', 'M04', '投资项目备案（核准）文件', 'PROOF', TRUE, 'GXZM-009',
   '通过投资项目在线审批监管平台核验。', 4),
  ('GX-ENV-001', 'M05', '营业执照', 'PROOF', TRUE, 'GXZM-001', NULL, 5),
  ('GX-ENV-001', 'M06', '土壤污染状况调查报告评审意见', 'PROOF', FALSE, 'GXZM-043',
   '涉及土壤污染重点监管地块的项目提交。', 6),

  ('GX-ENV-002', 'M01', '排污许可证申请表', 'FORM', TRUE, NULL, NULL, 1),
  ('GX-ENV-002', 'M02', '自行监测方案', 'ATTACHMENT', TRUE, NULL, NULL, 2),
  ('GX-ENV-002', 'M03', '环境影响评价审批文件', 'PROOF', TRUE, 'GXZM-010',
   '由本分局核验已作出的审批意见。', 3),
  ('GX-ENV-002', 'M04', '排污口和监测孔规范化设置情况说明', 'ATTACHMENT', TRUE, NULL, NULL, 4),
  ('GX-ENV-002', 'M05', '营业执照', 'PROOF', TRUE, 'GXZM-001', NULL, 5),
  ('GX-ENV-002', 'M06', '重点污染物排放总量控制指标来源证明', 'PROOF', FALSE, 'GXZM-011',
   '新建、改建、扩建项目排放重点污染物的提交。', 6),
  ('GX-ENV-002', 'M07', '危险废物委托处置证明', 'PROOF', FALSE, 'GXZM-044',
   '产生危险废物的排污单位提交。', 7),

  ('GX-ENV-003', 'M01', '排污许可证注销申请表', 'FORM', TRUE, NULL, NULL, 1),
  ('GX-ENV-003', 'M02', '营业执照', 'PROOF', TRUE, 'GXZM-001', NULL, 2)
ON DUPLICATE KEY UPDATE
  name = VALUES(name), kind = VALUES(kind), required = VALUES(required),
  proof_code = VALUES(proof_code), description = VALUES(description),
  sort_order = VALUES(sort_order);

-- proofs converted from materials when the proof catalogue was introduced, now replaced
DELETE FROM proof_commitment_text
WHERE proof_code LIKE 'MIG-%'
  AND NOT EXISTS (SELECT 1 FROM item_material m WHERE m.proof_code = proof_commitment_text.proof_code);
DELETE FROM proof
WHERE code LIKE 'MIG-%' AND NOT EXISTS (SELECT 1 FROM item_material m WHERE m.proof_code = proof.code);
