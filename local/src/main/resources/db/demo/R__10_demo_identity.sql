-- SAMPLE DATA for trying the service hall (local profile only): the departments, station,
-- enterprises and people below are made up. Every demo account's password is Demo#2026pass.
-- Re-applying this script restores the demo accounts (unlocked, enabled, password reset).

INSERT INTO department (code, name, created_at) VALUES
  ('planning', '规划建设局', UTC_TIMESTAMP()),
  ('market', '市场监管局', UTC_TIMESTAMP()),
  ('environment', '生态环境分局', UTC_TIMESTAMP())
ON DUPLICATE KEY UPDATE name = VALUES(name);

INSERT INTO station (code, name, town, department_code, created_at) VALUES
  ('station-xinglong', '兴隆街道便民服务站', '兴隆街道', NULL, UTC_TIMESTAMP())
ON DUPLICATE KEY UPDATE name = VALUES(name), town = VALUES(town),
  department_code = VALUES(department_code);

-- valid unified social credit codes (GB 32100-2015), made up
INSERT INTO enterprise (id, credit_code, name, legal_representative, created_at) VALUES
  (1, '91370500MA3C4XK7XG', '示例高新智能装备有限公司', '王明', UTC_TIMESTAMP()),
  (2, '91370500MA3D8PQ28W', '示例黄河口新材料科技有限公司', '李华', UTC_TIMESTAMP())
ON DUPLICATE KEY UPDATE credit_code = VALUES(credit_code), name = VALUES(name),
  legal_representative = VALUES(legal_representative);

-- BCrypt (cost 10) of Demo#2026pass
INSERT INTO app_user (username, password_hash, display_name, role, enterprise_id, department_code,
                      station_code, enabled, failed_logins, locked_until, created_at) VALUES
  ('enterprise', '$2a$10$JuNJMkD0pjvHeHJgLCONLum3odtOxU6dlkF.nyZcD26uT4Rk1Hcke', '王明',
   'ENTERPRISE', 1, NULL, NULL, TRUE, 0, NULL, UTC_TIMESTAMP()),
  ('enterprise2', '$2a$10$JuNJMkD0pjvHeHJgLCONLum3odtOxU6dlkF.nyZcD26uT4Rk1Hcke', '李华',
   'ENTERPRISE', 2, NULL, NULL, TRUE, 0, NULL, UTC_TIMESTAMP()),
  ('clerk', '$2a$10$JuNJMkD0pjvHeHJgLCONLum3odtOxU6dlkF.nyZcD26uT4Rk1Hcke', '陈静',
   'CLERK', NULL, 'planning', NULL, TRUE, 0, NULL, UTC_TIMESTAMP()),
  ('reviewer', '$2a$10$JuNJMkD0pjvHeHJgLCONLum3odtOxU6dlkF.nyZcD26uT4Rk1Hcke', '刘洋',
   'CLERK', NULL, 'planning', NULL, TRUE, 0, NULL, UTC_TIMESTAMP()),
  ('approver', '$2a$10$JuNJMkD0pjvHeHJgLCONLum3odtOxU6dlkF.nyZcD26uT4Rk1Hcke', '赵刚',
   'CLERK', NULL, 'planning', NULL, TRUE, 0, NULL, UTC_TIMESTAMP()),
  ('market-clerk', '$2a$10$JuNJMkD0pjvHeHJgLCONLum3odtOxU6dlkF.nyZcD26uT4Rk1Hcke', '孙丽',
   'CLERK', NULL, 'market', NULL, TRUE, 0, NULL, UTC_TIMESTAMP()),
  ('supervisor', '$2a$10$JuNJMkD0pjvHeHJgLCONLum3odtOxU6dlkF.nyZcD26uT4Rk1Hcke', '周敏',
   'SUPERVISOR', NULL, NULL, NULL, TRUE, 0, NULL, UTC_TIMESTAMP()),
  ('admin', '$2a$10$JuNJMkD0pjvHeHJgLCONLum3odtOxU6dlkF.nyZcD26uT4Rk1Hcke', '吴磊',
   'ADMIN', NULL, NULL, NULL, TRUE, 0, NULL, UTC_TIMESTAMP())
ON DUPLICATE KEY UPDATE password_hash = VALUES(password_hash),
  display_name = VALUES(display_name), role = VALUES(role),
  enterprise_id = VALUES(enterprise_id), department_code = VALUES(department_code),
  station_code = VALUES(station_code), enabled = TRUE, failed_logins = 0, locked_until = NULL;

DELETE FROM user_duty
WHERE username IN ('enterprise', 'enterprise2', 'clerk', 'reviewer', 'approver', 'market-clerk',
                   'supervisor', 'admin');

INSERT INTO user_duty (username, duty) VALUES
  ('clerk', 'accept'),
  ('clerk', 'verify'),
  ('reviewer', 'review'),
  ('approver', 'decide'),
  ('market-clerk', 'accept'),
  ('market-clerk', 'review'),
  ('market-clerk', 'decide'),
  ('market-clerk', 'verify');
