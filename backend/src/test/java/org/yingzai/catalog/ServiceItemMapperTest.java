package org.yingzai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.Fixtures;
import org.yingzai.support.MapperTest;

/** The catalogue's tables and queries on MariaDB; every test rolls back what it wrote. */
@MapperTest
class ServiceItemMapperTest {

  private static final String SAMPLE = "%样例事项%";

  @Autowired ServiceItemMapper mapper;
  @Autowired JdbcTemplate jdbc;

  private Fixtures fixtures;
  private String planning;
  private String market;

  @BeforeEach
  void departments() {
    fixtures = new Fixtures(jdbc);
    planning = fixtures.department();
    market = fixtures.department();
  }

  @Test
  void readsAnItemAsItWasWritten() {
    insertItem("T-READ", "样例事项读取", market, "EXIT", "INSTANT", true);
    jdbc.update(
        "UPDATE service_item SET limit_unit = 'NATURAL_DAYS', legal_limit = 30, promised_limit = 12,"
            + " max_extension = 5, process_key = 'other-process', description = '说明'"
            + " WHERE code = 'T-READ'");

    ItemRow row = mapper.findByCode("T-READ").orElseThrow();

    assertThat(row)
        .isEqualTo(
            new ItemRow(
                "T-READ",
                "样例事项读取",
                market,
                Theme.EXIT,
                HandlingType.INSTANT,
                LimitUnit.NATURAL_DAYS,
                30,
                12,
                5,
                "other-process",
                "说明"));
  }

  @Test
  void fillsInTheDefaultsOfAnItem() {
    jdbc.update(
        "INSERT INTO service_item (code, name, department_code, theme, handling_type,"
            + " legal_limit, promised_limit) VALUES ('T-DEFAULTS', '样例事项默认', ?,"
            + " 'OPERATIONS', 'COMMITTED', 20, 8)",
        planning);

    ItemRow row = mapper.findByCode("T-DEFAULTS").orElseThrow();

    assertThat(row.limitUnit()).isEqualTo(LimitUnit.WORKING_DAYS);
    assertThat(row.maxExtension()).isEqualTo(10);
    assertThat(row.processKey()).isEqualTo("standard-approval");
    assertThat(row.description()).isNull();
    assertThat(
            jdbc.queryForObject(
                "SELECT active FROM service_item WHERE code = 'T-DEFAULTS'", Boolean.class))
        .isTrue();
  }

  @Test
  void findsNothingForAnUnknownCode() {
    assertThat(mapper.findByCode("T-NONE")).isEmpty();
  }

  @Test
  void findsAnInactiveItemByCodeButNotInTheList() {
    insertItem("T-OLD", "样例事项已停用", market, "EXIT", "INSTANT", false);
    insertItem("T-NEW", "样例事项在用", market, "EXIT", "INSTANT", true);

    assertThat(mapper.findByCode("T-OLD")).isPresent();
    assertThat(mapper.findActive(null, null, null, SAMPLE, 0, 100))
        .extracting(ItemRow::code)
        .containsExactly("T-NEW");
    assertThat(mapper.countActive(null, null, null, SAMPLE)).isEqualTo(1);
  }

  @Test
  void narrowsTheListByEveryPartOfTheFilter() {
    insertItem("T-A", "样例事项甲", planning, "EXIT", "INSTANT", true);
    insertItem("T-B", "样例事项乙", market, "EXIT", "COMMITTED", true);
    insertItem("T-C", "样例事项丙", market, "START_UP", "INSTANT", true);

    assertThat(codes(Theme.EXIT, null, null, SAMPLE)).containsExactly("T-A", "T-B");
    assertThat(codes(null, market, null, SAMPLE)).containsExactly("T-B", "T-C");
    assertThat(codes(null, null, HandlingType.INSTANT, SAMPLE)).containsExactly("T-A", "T-C");
    assertThat(codes(Theme.EXIT, market, HandlingType.COMMITTED, SAMPLE)).containsExactly("T-B");
    assertThat(codes(null, null, null, "%样例事项丙%")).containsExactly("T-C");
    assertThat(mapper.countActive(Theme.EXIT, null, null, SAMPLE)).isEqualTo(2);
    assertThat(mapper.countActive(null, market, HandlingType.INSTANT, SAMPLE)).isEqualTo(1);
  }

  @Test
  void pagesTheListInCodeOrder() {
    insertItem("T-P3", "样例事项三", planning, "OPERATIONS", "COMMITTED", true);
    insertItem("T-P1", "样例事项一", planning, "OPERATIONS", "COMMITTED", true);
    insertItem("T-P2", "样例事项二", planning, "OPERATIONS", "COMMITTED", true);

    assertThat(mapper.findActive(null, null, null, SAMPLE, 0, 2))
        .extracting(ItemRow::code)
        .containsExactly("T-P1", "T-P2");
    assertThat(mapper.findActive(null, null, null, SAMPLE, 2, 2))
        .extracting(ItemRow::code)
        .containsExactly("T-P3");
  }

  @Test
  void readsTheMaterialsOfSeveralItemsInTheirOrder() {
    insertItem("T-M1", "样例事项材料一", planning, "OPERATIONS", "COMMITTED", true);
    insertItem("T-M2", "样例事项材料二", planning, "OPERATIONS", "COMMITTED", true);
    insertMaterial("T-M1", "M09", "FORM", true, null, 1);
    String residence = fixtures.commitmentProof("本单位承诺住所真实。");
    insertMaterial("T-M1", "M01", "PROOF", false, residence, 2);
    insertMaterial("T-M2", "M01", "ATTACHMENT", true, null, 1);

    List<ItemMaterialRow> materials = mapper.findMaterials(List.of("T-M1", "T-M2"));

    assertThat(materials)
        .containsExactly(
            new ItemMaterialRow("T-M1", "M09", "材料M09", MaterialKind.FORM, true, null, null),
            new ItemMaterialRow(
                "T-M1",
                "M01",
                "材料M01",
                MaterialKind.PROOF,
                false,
                Disposition.COMMITMENT,
                residence),
            new ItemMaterialRow("T-M2", "M01", "材料M01", MaterialKind.ATTACHMENT, true, null, null));
  }

  @Test
  void readsTheFormFieldsOfSeveralItemsInTheirOrder() {
    insertItem("T-F1", "样例事项表单一", planning, "OPERATIONS", "COMMITTED", true);
    insertItem("T-F2", "样例事项表单二", planning, "OPERATIONS", "COMMITTED", true);
    insertField("T-F1", "plannedStart", "DATE", false, null, 2, "计划开工日期", null);
    insertField("T-F1", "landUse", "CHOICE", true, 20, 1, "用地性质", "工业用地|商业用地");
    insertField("T-F2", "projectName", "TEXT", true, 100, 1, null, null);

    List<ItemFormFieldRow> fields = mapper.findFormFields(List.of("T-F1", "T-F2", "T-NONE"));

    assertThat(fields)
        .containsExactly(
            new ItemFormFieldRow(
                "T-F1", "landUse", FieldType.CHOICE, true, 20, "用地性质", "工业用地|商业用地"),
            new ItemFormFieldRow(
                "T-F1", "plannedStart", FieldType.DATE, false, null, "计划开工日期", null),
            new ItemFormFieldRow("T-F2", "projectName", FieldType.TEXT, true, 100, null, null));
    assertThat(fields.get(0).toField().options()).containsExactly("工业用地", "商业用地");
    assertThat(fields.get(1).toField().maxLength()).isEqualTo(FieldType.DATE.defaultMaxLength());
  }

  @Test
  void refusesFormFieldsWithABadNameTypeOrOptions() {
    insertItem("T-FB", "样例事项表单", planning, "OPERATIONS", "COMMITTED", true);

    assertThatThrownBy(() -> insertField("T-FB", "1st", "TEXT", false, null, 1, "甲", null))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> insertField("T-FB", "a-b", "TEXT", false, null, 1, "甲", null))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> insertField("T-FB", "x".repeat(41), "TEXT", false, null, 1, "甲", null))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> insertField("T-FB", "size", "BLOB", false, null, 1, "甲", null))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> insertField("T-FB", "kind", "CHOICE", false, null, 1, "甲", null))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> insertField("T-FB", "area", "NUMBER", false, null, 1, "甲", "1|2"))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> insertField("T-FB", "area", "NUMBER", false, 0, 1, "甲", null))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> insertField("T-NONE", "area", "NUMBER", false, null, 1, "甲", null))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void refusesAPromisedLimitAboveTheLegalOne() {
    assertThatThrownBy(
            () ->
                jdbc.update(
                    "INSERT INTO service_item (code, name, department_code, theme, handling_type,"
                        + " legal_limit, promised_limit) VALUES ('T-BAD', '样例事项', ?,"
                        + " 'EXIT', 'COMMITTED', 8, 20)",
                    planning))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void refusesNegativeLimits() {
    assertThatThrownBy(
            () ->
                jdbc.update(
                    "INSERT INTO service_item (code, name, department_code, theme, handling_type,"
                        + " legal_limit, promised_limit) VALUES ('T-BAD', '样例事项', ?,"
                        + " 'EXIT', 'COMMITTED', 8, -1)",
                    planning))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void refusesAnItemOfAnUnknownDepartment() {
    assertThatThrownBy(() -> insertItem("T-BAD", "样例事项", "nobody", "EXIT", "INSTANT", true))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void linksProofsAndOnlyProofsToTheProofCatalogue() {
    insertItem("T-D", "样例事项处置", planning, "EXIT", "INSTANT", true);

    assertThatThrownBy(() -> insertMaterial("T-D", "M01", "PROOF", true, null, 1))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(
            () -> insertMaterial("T-D", "M02", "FORM", true, fixtures.requiredProof(), 2))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> insertMaterial("T-D", "M03", "PROOF", true, "NO-SUCH-PROOF", 3))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void theListQueriesHaveIndexesThatServeThem() {
    assertThat(possibleKeys("theme = 'EXIT'")).contains("ix_service_item_theme");
    assertThat(possibleKeys("department_code = 'market'")).contains("ix_service_item_department");
  }

  private List<String> codes(
      Theme theme, String department, HandlingType handlingType, String namePattern) {
    return mapper.findActive(theme, department, handlingType, namePattern, 0, 100).stream()
        .map(ItemRow::code)
        .toList();
  }

  private String possibleKeys(String condition) {
    Map<String, Object> plan =
        jdbc.queryForMap(
            "EXPLAIN SELECT code FROM service_item WHERE active = TRUE AND "
                + condition
                + " ORDER BY code LIMIT 20");
    return String.valueOf(plan.get("possible_keys"));
  }

  private void insertItem(
      String code,
      String name,
      String department,
      String theme,
      String handlingType,
      boolean active) {
    jdbc.update(
        "INSERT INTO service_item (code, name, department_code, theme, handling_type, limit_unit,"
            + " legal_limit, promised_limit, active) VALUES (?, ?, ?, ?, ?, 'WORKING_DAYS', 20, 8, ?)",
        code,
        name,
        department,
        theme,
        handlingType,
        active);
  }

  private void insertField(
      String item,
      String name,
      String type,
      boolean required,
      Integer maxLength,
      int position,
      String label,
      String options) {
    jdbc.update(
        "INSERT INTO item_form_field (item_code, name, type, required, max_length, position, label,"
            + " options) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        item,
        name,
        type,
        required,
        maxLength,
        position,
        label,
        options);
  }

  private void insertMaterial(
      String item, String code, String kind, boolean required, String proofCode, int order) {
    jdbc.update(
        "INSERT INTO item_material (item_code, code, name, kind, required, proof_code, sort_order)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        item,
        code,
        "材料" + code,
        kind,
        required,
        proofCode,
        order);
  }
}
