-- SAMPLE DATA (local profile only): the service hall and two town service stations with the items
-- they take in (就近办理), and their receiving clerks. Addresses, hours and people are made up.
-- Every demo account's password is Demo#2026pass.

INSERT INTO department (code, name, created_at) VALUES
  ('service', '政务服务中心', UTC_TIMESTAMP())
ON DUPLICATE KEY UPDATE name = VALUES(name);

INSERT INTO station (code, name, town, department_code, kind, address, opening_hours, phone,
                     created_at) VALUES
  ('hall', '高新区政务服务中心', '高新区', 'service', 'HALL', '高新区黄河路 88 号政务服务中心一楼',
   '周一至周五 9:00–12:00，13:30–17:00；周六 9:00–12:00（延时服务）', '0546-0000001', UTC_TIMESTAMP()),
  ('station-xinglong', '兴隆街道便民服务站', '兴隆街道', NULL, 'STATION', '兴隆街道府前街 12 号',
   '周一至周五 9:00–12:00，14:00–17:00', '0546-0000002', UTC_TIMESTAMP()),
  ('station-hekou', '河口街道便民服务站', '河口街道', NULL, 'STATION', '河口街道海港路 35 号',
   '周一至周五 8:30–12:00，13:30–17:00', '0546-0000003', UTC_TIMESTAMP())
ON DUPLICATE KEY UPDATE name = VALUES(name), town = VALUES(town),
  department_code = VALUES(department_code), kind = VALUES(kind), address = VALUES(address),
  opening_hours = VALUES(opening_hours), phone = VALUES(phone);

DELETE FROM station_item WHERE station_code IN ('station-xinglong', 'station-hekou');
INSERT INTO station_item (station_code, item_code) VALUES
  ('station-xinglong', 'GX-MKT-001'),
  ('station-xinglong', 'GX-MKT-002'),
  ('station-xinglong', 'GX-MKT-004'),
  ('station-xinglong', 'GX-PLAN-002'),
  ('station-hekou', 'GX-MKT-001'),
  ('station-hekou', 'GX-MKT-003'),
  ('station-hekou', 'GX-ENV-003');

-- BCrypt (cost 10) of Demo#2026pass, as every demo account
INSERT INTO app_user (username, password_hash, display_name, role, enterprise_id, department_code,
                      station_code, enabled, failed_logins, locked_until, created_at) VALUES
  ('hall-clerk', '$2a$10$JuNJMkD0pjvHeHJgLCONLum3odtOxU6dlkF.nyZcD26uT4Rk1Hcke', '马晓',
   'CLERK', NULL, 'service', 'hall', TRUE, 0, NULL, UTC_TIMESTAMP()),
  ('station-clerk', '$2a$10$JuNJMkD0pjvHeHJgLCONLum3odtOxU6dlkF.nyZcD26uT4Rk1Hcke', '郭芳',
   'CLERK', NULL, 'service', 'station-xinglong', TRUE, 0, NULL, UTC_TIMESTAMP()),
  ('station-clerk2', '$2a$10$JuNJMkD0pjvHeHJgLCONLum3odtOxU6dlkF.nyZcD26uT4Rk1Hcke', '韩冰',
   'CLERK', NULL, 'service', 'station-hekou', TRUE, 0, NULL, UTC_TIMESTAMP())
ON DUPLICATE KEY UPDATE password_hash = VALUES(password_hash),
  display_name = VALUES(display_name), role = VALUES(role),
  enterprise_id = VALUES(enterprise_id), department_code = VALUES(department_code),
  station_code = VALUES(station_code), enabled = TRUE, failed_logins = 0, locked_until = NULL;

DELETE FROM user_duty WHERE username IN ('hall-clerk', 'station-clerk', 'station-clerk2');
INSERT INTO user_duty (username, duty) VALUES
  ('hall-clerk', 'receive'),
  ('station-clerk', 'receive'),
  ('station-clerk2', 'receive');
