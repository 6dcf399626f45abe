package org.yingzai.bundles;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.Hall;

/**
 * A bundle of the hall's own: two committed items, one of its department and one of the other, one
 * required form field (拟设企业名称) feeding both items' projectName, and one material B01 (法定代表人身份证件)
 * standing for both items' M01.
 */
final class TwoDepartmentBundle {

  final String code;
  final String name;
  final String firstItem;
  final String secondItem;

  TwoDepartmentBundle(JdbcTemplate jdbc, Hall hall) {
    String key = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    code = "T-P-" + key;
    name = "测试开办一件事" + key;
    firstItem = "PA-" + key;
    secondItem = "PB-" + key;
    item(jdbc, firstItem, "测试登记" + key, hall.department());
    item(jdbc, secondItem, "测试参保" + key, hall.otherDepartment());
    jdbc.update(
        "INSERT INTO bundle (code, name, theme, promised_limit, description, active, position)"
            + " VALUES (?, ?, 'START_UP', 2, '两个部门的事项一次提交。', TRUE, 1)",
        code,
        name);
    jdbc.update(
        "INSERT INTO bundle_item (bundle_code, item_code, position) VALUES (?, ?, 1), (?, ?, 2)",
        code,
        firstItem,
        code,
        secondItem);
    jdbc.update(
        "INSERT INTO bundle_field (bundle_code, name, type, required, max_length, position,"
            + " label) VALUES (?, 'enterpriseName', 'TEXT', TRUE, 100, 1, '拟设企业名称')",
        code);
    jdbc.update(
        "INSERT INTO bundle_material (bundle_code, code, name, position) VALUES"
            + " (?, 'B01', '法定代表人身份证件', 1)",
        code);
    for (String item : new String[] {firstItem, secondItem}) {
      jdbc.update(
          "INSERT INTO bundle_field_target (bundle_code, item_code, item_field, field_name)"
              + " VALUES (?, ?, 'projectName', 'enterpriseName')",
          code,
          item);
      jdbc.update(
          "INSERT INTO bundle_material_target (bundle_code, item_code, item_material_code,"
              + " material_code) VALUES (?, ?, 'M01', 'B01')",
          code,
          item);
    }
  }

  private static void item(JdbcTemplate jdbc, String code, String itemName, String department) {
    jdbc.update(
        "INSERT INTO service_item (code, name, department_code, theme, handling_type, limit_unit,"
            + " legal_limit, promised_limit, max_extension, process_key, description, basis, fee,"
            + " active) VALUES (?, ?, ?, 'START_UP', 'COMMITTED', 'WORKING_DAYS', 10, 3, 10,"
            + " 'standard-approval', '测试事项。', '测试依据', '不收费', TRUE)",
        code,
        itemName,
        department);
    jdbc.update(
        "INSERT INTO item_material (item_code, code, name, kind, required, sort_order)"
            + " VALUES (?, 'M01', '法定代表人身份证件', 'ATTACHMENT', TRUE, 1)",
        code);
  }
}
