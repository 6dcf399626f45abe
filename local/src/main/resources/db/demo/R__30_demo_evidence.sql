-- SAMPLE DATA for trying the service hall (local profile only): what the local evidence providers
-- serve for the demo enterprises (市场主体登记, 纳税信用等级, 社会保险缴费), and a third demo enterprise
-- on the dishonesty list (失信) with its user `enterprise3`. Made up, not official records.
-- Re-runnable: rows are inserted or brought up to date. `enterprise` and `enterprise2` get no
-- credit record here: they may sign commitments.

INSERT INTO enterprise (credit_code, name, legal_representative, created_at) VALUES
  ('91370500MA3F6LN3KL', '示例港湾商贸有限公司', '赵强', UTC_TIMESTAMP())
ON DUPLICATE KEY UPDATE name = VALUES(name), legal_representative = VALUES(legal_representative);

-- BCrypt (cost 10) of Demo#2026pass, as every demo account
INSERT INTO app_user (username, password_hash, display_name, role, enterprise_id, department_code,
                      station_code, enabled, failed_logins, locked_until, created_at)
SELECT 'enterprise3', '$2a$10$JuNJMkD0pjvHeHJgLCONLum3odtOxU6dlkF.nyZcD26uT4Rk1Hcke', '赵强',
       'ENTERPRISE', e.id, NULL, NULL, TRUE, 0, NULL, UTC_TIMESTAMP()
FROM enterprise e WHERE e.credit_code = '91370500MA3F6LN3KL'
ON DUPLICATE KEY UPDATE password_hash = VALUES(password_hash),
  display_name = VALUES(display_name), role = VALUES(role), enterprise_id = VALUES(enterprise_id),
  department_code = NULL, station_code = NULL, enabled = TRUE, failed_logins = 0,
  locked_until = NULL;

INSERT INTO shared_market_entity
  (credit_code, name, legal_representative, status, registered_capital, address, established_on,
   authority, updated_at)
VALUES
  ('91370500MA3C4XK7XG', '示例高新智能装备有限公司', '王明', '存续', '5000万元人民币',
   '山东省东营市东营区高新技术产业开发区创新路88号', '2016-05-18', '东营市市场监督管理局',
   UTC_TIMESTAMP()),
  ('91370500MA3D8PQ28W', '示例黄河口新材料科技有限公司', '李华', '存续', '1200万元人民币',
   '山东省东营市东营区高新技术产业开发区黄河路16号', '2017-09-03', '东营市市场监督管理局',
   UTC_TIMESTAMP()),
  ('91370500MA3F6LN3KL', '示例港湾商贸有限公司', '赵强', '存续', '300万元人民币',
   '山东省东营市东营区高新技术产业开发区港城路5号', '2019-11-21', '东营市市场监督管理局',
   UTC_TIMESTAMP())
ON DUPLICATE KEY UPDATE name = VALUES(name), legal_representative = VALUES(legal_representative),
  status = VALUES(status), registered_capital = VALUES(registered_capital),
  address = VALUES(address), established_on = VALUES(established_on),
  authority = VALUES(authority), updated_at = VALUES(updated_at);

INSERT INTO shared_tax_credit (credit_code, year, rating, authority, updated_at) VALUES
  ('91370500MA3C4XK7XG', 2024, 'A', '国家税务总局东营市税务局', UTC_TIMESTAMP()),
  ('91370500MA3C4XK7XG', 2025, 'A', '国家税务总局东营市税务局', UTC_TIMESTAMP()),
  ('91370500MA3D8PQ28W', 2025, 'B', '国家税务总局东营市税务局', UTC_TIMESTAMP()),
  ('91370500MA3F6LN3KL', 2025, 'D', '国家税务总局东营市税务局', UTC_TIMESTAMP())
ON DUPLICATE KEY UPDATE rating = VALUES(rating), authority = VALUES(authority),
  updated_at = VALUES(updated_at);

INSERT INTO shared_social_insurance
  (credit_code, months_paid, insured_employees, in_arrears, last_paid_month, authority, updated_at)
VALUES
  ('91370500MA3C4XK7XG', 96, 128, FALSE, '2026-10', '东营市社会保险事业中心', UTC_TIMESTAMP()),
  ('91370500MA3D8PQ28W', 72, 46, FALSE, '2026-10', '东营市社会保险事业中心', UTC_TIMESTAMP()),
  ('91370500MA3F6LN3KL', 30, 9, TRUE, '2026-06', '东营市社会保险事业中心', UTC_TIMESTAMP())
ON DUPLICATE KEY UPDATE months_paid = VALUES(months_paid),
  insured_employees = VALUES(insured_employees), in_arrears = VALUES(in_arrears),
  last_paid_month = VALUES(last_paid_month), authority = VALUES(authority),
  updated_at = VALUES(updated_at);

-- the third demo enterprise is on the dishonesty list, once
INSERT INTO credit_record (enterprise_id, kind, reason, recorded_at, recorded_by)
SELECT e.id, 'DISHONEST_LIST', '示例数据：被列入失信被执行人名单（演示用，非真实记录）。', UTC_TIMESTAMP(),
       'system'
FROM enterprise e
WHERE e.credit_code = '91370500MA3F6LN3KL'
  AND NOT EXISTS (SELECT 1 FROM credit_record r WHERE r.enterprise_id = e.id
                  AND r.kind = 'DISHONEST_LIST' AND r.recorded_by = 'system');

