package org.yingzai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.identity.Department;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.ProblemException;
import org.yingzai.support.IntegrationTest;

/** The catalogue service over the demo catalogue that the local profile loads. */
@IntegrationTest
class CatalogDemoDataTest {

  @Autowired Catalog catalog;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;

  @Test
  void readsThePlanningPermitWithItsDepartmentAndMaterialsInOrder() {
    ServiceItem item = catalog.requireItem("GX-PLAN-001");

    assertThat(item.name()).isEqualTo("建设工程规划许可证核发");
    assertThat(item.department()).isEqualTo(new Department("planning", "规划建设局"));
    assertThat(item.theme()).isEqualTo(Theme.INVESTMENT_CONSTRUCTION);
    assertThat(item.handlingType()).isEqualTo(HandlingType.COMMITTED);
    assertThat(item.limitUnit()).isEqualTo(LimitUnit.WORKING_DAYS);
    assertThat(item.legalLimit()).isEqualTo(20);
    assertThat(item.promisedLimit()).isEqualTo(8);
    assertThat(item.maxExtension()).isEqualTo(10);
    assertThat(item.processKey()).isEqualTo("standard-approval");
    assertThat(item.materials())
        .containsExactly(
            new Material("M01", "建设工程规划许可申请表", MaterialKind.FORM, true, null, null),
            new Material(
                "M02", "营业执照", MaterialKind.PROOF, true, Disposition.DATA_SHARING, "GXZM-001"),
            new Material("M03", "建设工程设计方案", MaterialKind.ATTACHMENT, true, null, null),
            new Material(
                "M04", "国有土地使用权证明", MaterialKind.PROOF, true, Disposition.REQUIRED, "GXZM-002"),
            new Material("M05", "授权委托书", MaterialKind.ATTACHMENT, false, null, null));
    assertThat(item.materials().stream().filter(Material::mustUpload).map(Material::code))
        .containsExactly("M01", "M03", "M04");
  }

  @Test
  void theInstantPlanningItemAsksForAFormAndAnAttachment() {
    ServiceItem item = catalog.requireItem("GX-PLAN-002");

    assertThat(item.handlingType()).isEqualTo(HandlingType.INSTANT);
    assertThat(item.department().code()).isEqualTo("planning");
    assertThat(item.materials())
        .extracting(Material::code, Material::kind, Material::required)
        .containsExactly(
            tuple("M01", MaterialKind.FORM, true), tuple("M02", MaterialKind.ATTACHMENT, true));
  }

  @Test
  void twoDemoItemsHaveFormsOfTheirOwnAndTheOthersTheStandardOne() {
    ServiceItem planning = catalog.requireItem("GX-PLAN-001");
    ServiceItem environment = catalog.requireItem("GX-ENV-001");

    assertThat(planning.form())
        .extracting(FormField::name, FormField::type, FormField::required)
        .containsExactly(
            tuple("projectName", FieldType.TEXT, true),
            tuple("landArea", FieldType.NUMBER, true),
            tuple("plannedStart", FieldType.DATE, false),
            tuple("contactName", FieldType.TEXT, false),
            tuple("contactPhone", FieldType.PHONE, false),
            tuple("note", FieldType.LONG_TEXT, false));
    assertThat(planning.formField("landArea").orElseThrow().label()).isEqualTo("用地面积（平方米）");
    assertThat(planning.formField("projectName").orElseThrow().label()).isNull();
    assertThat(environment.formField("reportType").orElseThrow().options())
        .containsExactly("环境影响报告书", "环境影响报告表");
    assertThat(catalog.requireItem("GX-MKT-002").form()).isEqualTo(FormField.STANDARD);
  }

  @Test
  @Transactional
  void theDemoFormsCanBeLoadedAgainWithoutChangingThem() {
    String snapshot =
        "SELECT CONCAT_WS('|', item_code, name, type, required, max_length, position, label,"
            + " options) FROM item_form_field WHERE item_code IN ('GX-PLAN-001', 'GX-ENV-001')"
            + " ORDER BY item_code, name";
    List<String> before = jdbc.queryForList(snapshot, String.class);

    ScriptUtils.executeSqlScript(
        DataSourceUtils.getConnection(dataSource),
        new EncodedResource(new ClassPathResource("db/demo/R__24_demo_form_fields.sql"), "UTF-8"));

    assertThat(jdbc.queryForList(snapshot, String.class)).hasSize(12).isEqualTo(before);
  }

  @Test
  void requireItemRefusesAnUnknownCode() {
    assertThatThrownBy(() -> catalog.requireItem("GX-NONE-999"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> assertThat(problem.code()).isEqualTo("ITEM_NOT_FOUND"));
    assertThat(catalog.findItem("GX-NONE-999")).isEmpty();
  }

  @Test
  void theDemoCatalogueCoversEveryThemeHandlingTypeAndDisposition() {
    List<ServiceItem> items =
        catalog.findItems(ItemFilter.none(), PageRequest.of(0, 100)).content();

    assertThat(items).hasSizeGreaterThanOrEqualTo(8);
    assertThat(items).extracting(ServiceItem::theme).contains(Theme.values());
    assertThat(items).extracting(ServiceItem::handlingType).contains(HandlingType.values());
    assertThat(items.stream().flatMap(item -> item.materials().stream()))
        .extracting(Material::disposition)
        .filteredOn(Objects::nonNull)
        .contains(Disposition.values());
    assertThat(items)
        .allSatisfy(
            item -> {
              assertThat(item.promisedLimit()).isLessThanOrEqualTo(item.legalLimit());
              assertThat(item.limitUnit()).isEqualTo(LimitUnit.WORKING_DAYS);
              assertThat(item.materials()).isNotEmpty();
            });
    assertThat(items)
        .extracting(ServiceItem::code)
        .contains(
            "GX-PLAN-001",
            "GX-PLAN-002",
            "GX-MKT-001",
            "GX-MKT-002",
            "GX-MKT-003",
            "GX-ENV-001",
            "GX-ENV-002");
  }

  @Test
  void findItemsCombinesTheFilterParts() {
    List<String> codes =
        catalog
            .findItems(
                new ItemFilter(
                    Theme.INVESTMENT_CONSTRUCTION, "planning", HandlingType.COMMITTED, "许可"),
                PageRequest.of(0, 100))
            .content()
            .stream()
            .map(ServiceItem::code)
            .toList();

    assertThat(codes).containsExactly("GX-PLAN-001");
  }

  @Test
  @Transactional
  void findItemsSearchesForWildcardsLiterallyAndLeavesInactiveItemsOut() {
    insertItem("T-PCT", "样例事项100%办结", true);
    insertItem("T-OFF", "样例事项%已停用", false);

    assertThat(
            catalog
                .findItems(new ItemFilter(null, null, null, "%"), PageRequest.of(0, 100))
                .content())
        .extracting(ServiceItem::code)
        .containsExactly("T-PCT");
    assertThat(catalog.findItem("T-OFF")).isPresent();
  }

  @Test
  @Transactional
  void theDemoCatalogueCanBeLoadedAgainWithoutChangingIt() {
    String snapshot =
        "SELECT CONCAT_WS('|', i.code, i.name, i.promised_limit, m.code, m.name, p.code,"
            + " p.disposition, p.risk_level, t.version, t.sha256)"
            + " FROM service_item i JOIN item_material m ON m.item_code = i.code"
            + " LEFT JOIN proof p ON p.code = m.proof_code"
            + " LEFT JOIN proof_commitment_text t ON t.proof_code = p.code"
            + " ORDER BY i.code, m.code, t.version";
    List<String> before = jdbc.queryForList(snapshot, String.class);

    for (String script : List.of("R__15_demo_proofs.sql", "R__20_demo_catalog.sql")) {
      ScriptUtils.executeSqlScript(
          DataSourceUtils.getConnection(dataSource),
          new EncodedResource(new ClassPathResource("db/demo/" + script), "UTF-8"));
    }

    assertThat(jdbc.queryForList(snapshot, String.class)).isNotEmpty().isEqualTo(before);
  }

  private void insertItem(String code, String name, boolean active) {
    jdbc.update(
        "INSERT INTO service_item (code, name, department_code, theme, handling_type,"
            + " legal_limit, promised_limit, active) VALUES (?, ?, 'market', 'EXIT', 'INSTANT', 3, 0, ?)",
        code,
        name,
        active);
  }
}
