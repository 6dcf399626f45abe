package org.yingzai.projects;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.Hall;

/**
 * The first two stages' catalogue entries, made for a test's {@link Hall} with plain SQL: a land
 * item of the hall's department and a site item of its other department in the first stage (both
 * asking for the red-line map, uploaded once), a permit item of the hall's department in the
 * second. The stage entries are the catalogue's own rows: each test class that installs them
 * replaces their items.
 */
final class StageCatalogueFixture {

  final String landItem;
  final String siteItem;
  final String permitItem;

  private final JdbcTemplate jdbc;

  StageCatalogueFixture(JdbcTemplate jdbc, Hall hall) {
    this.jdbc = jdbc;
    String key = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    landItem = "PL-" + key;
    siteItem = "PS-" + key;
    permitItem = "PP-" + key;
    item(landItem, "建设用地规划许可" + key, hall.department(), 20, 8);
    material(landItem, "M01", "建设项目用地红线图", true);
    material(landItem, "M02", "选址论证报告", true);
    item(siteItem, "用地预审与选址意见书" + key, hall.otherDepartment(), 20, 10);
    material(siteItem, "M01", "建设项目用地红线图", true);
    material(siteItem, "M02", "授权委托书", false);
    item(permitItem, "建设工程规划许可" + key, hall.department(), 20, 8);
    material(permitItem, "M01", "建设工程设计方案", true);
    material(permitItem, "M02", "建设用地规划许可证", true);
    for (String item : new String[] {landItem, siteItem, permitItem}) {
      stepLimit(item, "ACCEPT", 1);
      stepLimit(item, "REVIEW", 4);
      stepLimit(item, "DECIDE", 2);
      stepLimit(item, "SUPPLEMENT", 10);
    }

    entry("LAND_AND_PLANNING", 1, "立项用地规划许可阶段", 20, 8);
    entry("CONSTRUCTION_PERMIT_PLANNING", 2, "工程建设许可阶段", 30, 12);
    clear("LAND_AND_PLANNING");
    clear("CONSTRUCTION_PERMIT_PLANNING");

    stageItem(
        "LAND_AND_PLANNING",
        landItem,
        1,
        "GOVERNMENT_BUILDING",
        "SOCIAL_BUILDING",
        "INDUSTRIAL",
        "LINEAR");
    stageItem(
        "LAND_AND_PLANNING", siteItem, 2, "GOVERNMENT_BUILDING", "SOCIAL_BUILDING", "INDUSTRIAL");
    field("LAND_AND_PLANNING", "projectName", "TEXT", true, 1, "项目名称");
    field("LAND_AND_PLANNING", "contactPhone", "PHONE", false, 2, "联系电话");
    target("LAND_AND_PLANNING", "projectName", landItem, "projectName");
    target("LAND_AND_PLANNING", "projectName", siteItem, "projectName");
    target("LAND_AND_PLANNING", "contactPhone", siteItem, "contactPhone");
    stageMaterial("LAND_AND_PLANNING", "S01", "建设项目用地红线图", 1);
    stageMaterial("LAND_AND_PLANNING", "S02", "选址论证报告", 2);
    stageMaterial("LAND_AND_PLANNING", "S03", "授权委托书", 3);
    materialTarget("LAND_AND_PLANNING", "S01", landItem, "M01");
    materialTarget("LAND_AND_PLANNING", "S01", siteItem, "M01");
    materialTarget("LAND_AND_PLANNING", "S02", landItem, "M02");
    materialTarget("LAND_AND_PLANNING", "S03", siteItem, "M02");

    stageItem(
        "CONSTRUCTION_PERMIT_PLANNING",
        permitItem,
        1,
        "GOVERNMENT_BUILDING",
        "SOCIAL_BUILDING",
        "INDUSTRIAL",
        "LINEAR");
    field("CONSTRUCTION_PERMIT_PLANNING", "projectName", "TEXT", true, 1, "项目名称");
    target("CONSTRUCTION_PERMIT_PLANNING", "projectName", permitItem, "projectName");
    stageMaterial("CONSTRUCTION_PERMIT_PLANNING", "S01", "建设工程设计方案", 1);
    materialTarget("CONSTRUCTION_PERMIT_PLANNING", "S01", permitItem, "M01");
    // what stage 1 decided: the land item's licence, taken from the project without an upload
    stageMaterial("CONSTRUCTION_PERMIT_PLANNING", "S02", "建设用地规划许可证", 2);
    jdbc.update(
        "UPDATE project_stage_material SET result_of_item = ? WHERE stage = ? AND code = 'S02'",
        landItem,
        "CONSTRUCTION_PERMIT_PLANNING");
    materialTarget("CONSTRUCTION_PERMIT_PLANNING", "S02", permitItem, "M02");
  }

  private void item(String code, String name, String department, int legal, int promised) {
    jdbc.update(
        "INSERT INTO service_item (code, name, department_code, theme, handling_type, limit_unit,"
            + " legal_limit, promised_limit, max_extension, process_key, description, basis, fee,"
            + " active) VALUES (?, ?, ?, 'INVESTMENT_CONSTRUCTION', 'COMMITTED', 'WORKING_DAYS',"
            + " ?, ?, 10, 'standard-approval', '测试事项。', '测试依据', '不收费', TRUE)",
        code,
        name,
        department,
        legal,
        promised);
  }

  private void material(String item, String code, String name, boolean required) {
    jdbc.update(
        "INSERT INTO item_material (item_code, code, name, kind, required, sort_order)"
            + " VALUES (?, ?, ?, 'ATTACHMENT', ?, ?)",
        item,
        code,
        name,
        required,
        Integer.parseInt(code.substring(1)));
  }

  private void stepLimit(String item, String step, int limit) {
    jdbc.update(
        "INSERT INTO item_step_limit (item_code, step, limit_value) VALUES (?, ?, ?)",
        item,
        step,
        limit);
  }

  private void entry(String stage, int position, String name, int legal, int promised) {
    jdbc.update(
        "INSERT INTO project_stage_entry (stage, position, name, legal_limit, promised_limit,"
            + " joint) VALUES (?, ?, ?, ?, ?, FALSE) ON DUPLICATE KEY UPDATE name = ?,"
            + " legal_limit = ?, promised_limit = ?, joint = FALSE",
        stage,
        position,
        name,
        legal,
        promised,
        name,
        legal,
        promised);
  }

  private void clear(String stage) {
    jdbc.update("DELETE FROM project_stage_material_target WHERE stage = ?", stage);
    jdbc.update("DELETE FROM project_stage_material WHERE stage = ?", stage);
    jdbc.update("DELETE FROM project_stage_field_target WHERE stage = ?", stage);
    jdbc.update("DELETE FROM project_stage_field WHERE stage = ?", stage);
    jdbc.update("DELETE FROM project_stage_item_type WHERE stage = ?", stage);
    jdbc.update("DELETE FROM project_stage_item WHERE stage = ?", stage);
  }

  private void stageItem(String stage, String item, int position, String... types) {
    jdbc.update(
        "INSERT INTO project_stage_item (stage, item_code, position) VALUES (?, ?, ?)",
        stage,
        item,
        position);
    for (String type : types) {
      jdbc.update(
          "INSERT INTO project_stage_item_type (stage, item_code, project_type) VALUES (?, ?, ?)",
          stage,
          item,
          type);
    }
  }

  private void field(
      String stage, String name, String type, boolean required, int position, String label) {
    jdbc.update(
        "INSERT INTO project_stage_field (stage, name, type, required, position, label)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        stage,
        name,
        type,
        required,
        position,
        label);
  }

  private void target(String stage, String field, String item, String itemField) {
    jdbc.update(
        "INSERT INTO project_stage_field_target (stage, item_code, item_field, field_name)"
            + " VALUES (?, ?, ?, ?)",
        stage,
        item,
        itemField,
        field);
  }

  private void stageMaterial(String stage, String code, String name, int position) {
    jdbc.update(
        "INSERT INTO project_stage_material (stage, code, name, position) VALUES (?, ?, ?, ?)",
        stage,
        code,
        name,
        position);
  }

  private void materialTarget(String stage, String material, String item, String itemMaterial) {
    jdbc.update(
        "INSERT INTO project_stage_material_target (stage, item_code, item_material_code,"
            + " material_code) VALUES (?, ?, ?, ?)",
        stage,
        item,
        itemMaterial,
        material);
  }
}
