package org.yingzai.bundles;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.Api;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Files;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/**
 * Over HTTP, a bundle (一件事一次办) of three items of two departments: one form feeding the items'
 * forms, a material uploaded once for two items, a proof consented to on its item, one submission
 * that puts one application in each department's queue at once, one department's supplement notice
 * answered once on the bundle, and the bundle finishing — not approved — when the last item is
 * denied, on its own clock from the first acceptance.
 */
@WithHall
class BundleJourneyTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService management;
  Hall hall;
  Journeys journeys;

  String bundle;
  String bundleName;
  String licenceItem;
  String sealItem;

  @BeforeEach
  void bundleOfThreeItems() {
    EngineTime.at("2026-03-02T10:00:00+08:00");
    String key = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    bundle = "T-B-" + key;
    licenceItem = "BL-" + key;
    sealItem = "BS-" + key;
    item(licenceItem, "测试设立登记" + key, hall.department());
    material(licenceItem, "M01", "公司章程");
    item(sealItem, "测试公章备案" + key, hall.otherDepartment());
    material(sealItem, "M01", "公司章程");
    material(sealItem, "M02", "印模样式");
    jdbc.update(
        "INSERT INTO bundle (code, name, theme, promised_limit, active, position)"
            + " VALUES (?, ?, 'START_UP', 3, TRUE, 1)",
        bundle,
        bundleName = "测试企业开办" + key);
    int position = 1;
    for (String item : List.of(licenceItem, sealItem, hall.committedItem())) {
      jdbc.update(
          "INSERT INTO bundle_item (bundle_code, item_code, position) VALUES (?, ?, ?)",
          bundle,
          item,
          position++);
    }
    jdbc.update(
        "INSERT INTO bundle_field (bundle_code, name, type, required, max_length, position,"
            + " label) VALUES (?, 'enterpriseName', 'TEXT', TRUE, 100, 1, '企业名称')",
        bundle);
    for (String item : List.of(licenceItem, sealItem, hall.committedItem())) {
      jdbc.update(
          "INSERT INTO bundle_field_target (bundle_code, item_code, item_field, field_name)"
              + " VALUES (?, ?, 'projectName', 'enterpriseName')",
          bundle,
          item);
    }
    jdbc.update(
        "INSERT INTO bundle_material (bundle_code, code, name, position) VALUES"
            + " (?, 'B01', '公司章程', 1), (?, 'B02', '印模样式', 2), (?, 'B03', '测试附件', 3),"
            + " (?, 'B04', '仍需提交的证明', 4), (?, 'B05', '综合申请表', 5)",
        bundle,
        bundle,
        bundle,
        bundle,
        bundle);
    materialTarget("B01", licenceItem, "M01");
    materialTarget("B01", sealItem, "M01");
    materialTarget("B02", sealItem, "M02");
    materialTarget("B03", hall.committedItem(), "M03");
    materialTarget("B04", hall.committedItem(), "M04");
    materialTarget("B05", hall.committedItem(), "M01");
  }

  @Test
  void oneSubmissionReachesEveryDepartmentASupplementIsAnsweredOnceAndADenialEndsItNotApproved() {
    Api enterprise = journeys.as(hall.enterprise());
    Api.Response created =
        enterprise.post(
            "/api/bundle-applications",
            Map.of("bundleCode", bundle, "form", Map.of("enterpriseName", "示例新设公司")));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.text("id");
    assertThat(created.text("status")).isEqualTo("DRAFT");
    JsonNode members = created.body().path("applications");
    assertThat(members.size()).isEqualTo(3);
    String licence = idOf(members, licenceItem);
    String seal = idOf(members, sealItem);
    String permit = idOf(members, hall.committedItem());
    assertThat(
            journeys.application(hall.enterprise(), seal).path("form").path("projectName").asText())
        .isEqualTo("示例新设公司");

    // nothing goes while an item lacks something, and an item never goes alone
    Api.Response early = enterprise.post("/api/bundle-applications/" + id + "/submit", null);
    assertThat(early.status()).as(early.toString()).isEqualTo(400);
    assertThat(early.code()).isEqualTo("JOINT_MATERIALS_MISSING");
    Api.Response alone = enterprise.post("/api/applications/" + seal + "/submit", null);
    assertThat(alone.status()).isEqualTo(409);
    assertThat(alone.code()).isEqualTo("APPLICATION_SUBMITTED_WITH_ITS_GROUP");

    // the articles of association, uploaded once, go to both items that ask for them
    JsonNode afterUpload = upload(enterprise, id, "B01").body();
    assertThat(materialState(afterUpload, "B01").path("attached").asBoolean()).isTrue();
    assertThat(sha256(licence, "M01")).isEqualTo(sha256(seal, "M01"));
    upload(enterprise, id, "B02");
    upload(enterprise, id, "B03");
    upload(enterprise, id, "B04");
    upload(enterprise, id, "B05");
    // the certificate-free proof of its item is consented to on the item itself
    journeys.consentOrFallBack(enterprise, permit, "M02");

    Api.Response submitted = enterprise.post("/api/bundle-applications/" + id + "/submit", null);
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    assertThat(submitted.text("status")).isEqualTo("IN_PROGRESS");
    assertThat(submitted.body().path("applications"))
        .allSatisfy(a -> assertThat(a.path("status").asText()).isEqualTo("SUBMITTED"))
        .allSatisfy(a -> assertThat(a.path("number").asText()).startsWith("YZ"));
    assertThat(journeys.findTask(hall.clerk(), licence)).isPresent();
    assertThat(journeys.findTask(hall.outsider(), seal)).isPresent();
    assertThat(journeys.findTask(hall.clerk(), permit)).isPresent();
    assertThat(journeys.findTask(hall.clerk(), seal)).isEmpty();

    // the bundle's clock starts with the first acceptance: 3 working days from Monday
    assertThat(journeys.complete(hall.clerk(), licence, "ACCEPT", null).status()).isEqualTo(200);
    JsonNode running = enterprise.get("/api/bundle-applications/" + id).body();
    assertThat(running.path("startedOn").asText()).isEqualTo("2026-03-02");
    assertThat(running.path("deadline").asText()).isEqualTo("2026-03-05T23:59:59+08:00");
    assertThat(running.path("warningLevel").asText()).isEqualTo("GREEN");

    // the seal's department asks for the articles again; the others go on
    journeys.complete(hall.outsider(), seal, "ACCEPT", null);
    assertThat(journeys.requestSupplement(hall.outsider(), seal, "章程未盖章，请补正。", "M01").status())
        .isEqualTo(200);
    journeys.complete(hall.clerk(), permit, "ACCEPT", null);
    JsonNode asked = enterprise.get("/api/bundle-applications/" + id).body();
    assertThat(asked.path("supplements").size()).isEqualTo(1);
    JsonNode notice = asked.path("supplements").get(0);
    assertThat(notice.path("applicationId").asText()).isEqualTo(seal);
    assertThat(notice.path("bundleMaterials").toString()).isEqualTo("[\"B01\"]");

    // answered once, on the bundle: the file goes to the asking item only
    Api.Response early2 = enterprise.post("/api/bundle-applications/" + id + "/supplement", null);
    assertThat(early2.code()).isEqualTo("SUPPLEMENT_MATERIALS_MISSING");
    int licenceFiles = materials(licence).size();
    upload(enterprise, id, "B01");
    assertThat(materials(licence).size()).isEqualTo(licenceFiles);
    Api.Response answered =
        enterprise.post(
            "/api/bundle-applications/" + id + "/supplement", Map.of("comment", "已补盖公章"));
    assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
    assertThat(answered.body().path("supplements").size()).isZero();
    assertThat(enterprise.post("/api/bundle-applications/" + id + "/supplement", null).code())
        .isEqualTo("NO_SUPPLEMENT_REQUESTED");

    EngineTime.at("2026-03-04T10:00:00+08:00");
    decide(hall.reviewer(), hall.approver(), licence, "APPROVE");
    decide(hall.outsider(), hall.outsider(), seal, "APPROVE");
    runBundleJobs(id);
    assertThat(enterprise.get("/api/bundle-applications/" + id).body().path("status").asText())
        .isEqualTo("IN_PROGRESS");
    decide(hall.reviewer(), hall.approver(), permit, "DENY");
    runBundleJobs(id);

    JsonNode done = enterprise.get("/api/bundle-applications/" + id).body();
    assertThat(done.path("status").asText()).isEqualTo("FINISHED");
    assertThat(done.path("outcome").asText()).isEqualTo("NOT_APPROVED");
    assertThat(done.path("finishedAt").asText()).startsWith("2026-03-04");
    assertThat(done.path("warningLevel").asText()).isEqualTo("GREEN");
    assertThat(done.path("applications"))
        .extracting(a -> a.path("status").asText())
        .containsExactly("APPROVED", "APPROVED", "DENIED");
    assertThat(done.path("applications"))
        .allSatisfy(a -> assertThat(a.path("results").size()).isPositive());

    // the supervisor reads it; another enterprise is told it does not exist
    assertThat(journeys.as(hall.supervisor()).get("/api/bundle-applications/" + id).status())
        .isEqualTo(200);
    assertThat(
            journeys
                .as(hall.otherApplicant().username())
                .get("/api/bundle-applications/" + id)
                .status())
        .isEqualTo(404);
  }

  @Test
  void everyItemApprovedFinishesItApproved() {
    Api enterprise = journeys.as(hall.enterprise());
    jdbc.update(
        "DELETE FROM bundle_material_target WHERE bundle_code = ? AND item_code = ?",
        bundle,
        hall.committedItem());
    jdbc.update(
        "DELETE FROM bundle_field_target WHERE bundle_code = ? AND item_code = ?",
        bundle,
        hall.committedItem());
    jdbc.update(
        "DELETE FROM bundle_item WHERE bundle_code = ? AND item_code = ?",
        bundle,
        hall.committedItem());
    String id =
        enterprise
            .post(
                "/api/bundle-applications",
                Map.of("bundleCode", bundle, "form", Map.of("enterpriseName", "示例公司")))
            .text("id");
    upload(enterprise, id, "B01");
    upload(enterprise, id, "B02");
    JsonNode submitted = enterprise.post("/api/bundle-applications/" + id + "/submit", null).body();
    String licence = idOf(submitted.path("applications"), licenceItem);
    String seal = idOf(submitted.path("applications"), sealItem);
    journeys.complete(hall.clerk(), licence, "ACCEPT", null);
    decide(hall.reviewer(), hall.approver(), licence, "APPROVE");
    journeys.complete(hall.outsider(), seal, "ACCEPT", null);
    decide(hall.outsider(), hall.outsider(), seal, "APPROVE");
    runBundleJobs(id);
    JsonNode done = enterprise.get("/api/bundle-applications/" + id).body();
    assertThat(done.path("status").asText()).isEqualTo("FINISHED");
    assertThat(done.path("outcome").asText()).isEqualTo("APPROVED");
    // the enterprise is told once that every item is decided
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM notification WHERE recipient = ? AND kind = 'BUNDLE_FINISHED'"
                    + " AND title LIKE ?",
                Integer.class,
                hall.enterprise(),
                bundleName + "%"))
        .isEqualTo(1);
    assertThat(
            enterprise
                .get("/api/bundle-applications")
                .body()
                .path("content")
                .findValuesAsText("id"))
        .contains(id);
  }

  private void decide(String reviewer, String approver, String id, String outcome) {
    assertThat(journeys.complete(reviewer, id, "PASS", null).status()).isEqualTo(200);
    Api.Response decided =
        journeys.complete(approver, id, outcome, "DENY".equals(outcome) ? "不符合条件" : null);
    assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
  }

  private void runBundleJobs(String id) {
    String instance =
        jdbc.queryForObject(
            "SELECT process_instance_id FROM bundle_application WHERE id = ?", String.class, id);
    for (Job job : management.createJobQuery().processInstanceId(instance).executable().list()) {
      management.executeJob(job.getId());
    }
  }

  private Api.Response upload(Api enterprise, String id, String code) {
    Api.Response upload =
        enterprise.upload(
            "/api/bundle-applications/" + id + "/materials", code, code + ".pdf", Files.pdf(code));
    assertThat(upload.status()).as(upload.toString()).isEqualTo(200);
    return upload;
  }

  private JsonNode materials(String applicationId) {
    return journeys.application(hall.enterprise(), applicationId).path("materials");
  }

  private String sha256(String applicationId, String materialCode) {
    for (JsonNode material : materials(applicationId)) {
      if (materialCode.equals(material.path("materialCode").asText())) {
        return material.path("sha256").asText();
      }
    }
    throw new AssertionError("No " + materialCode + " on " + applicationId);
  }

  private static JsonNode materialState(JsonNode bundle, String code) {
    for (JsonNode material : bundle.path("materials")) {
      if (code.equals(material.path("code").asText())) {
        return material;
      }
    }
    throw new AssertionError("No material " + code + " in " + bundle);
  }

  private static String idOf(JsonNode applications, String itemCode) {
    List<String> ids = new ArrayList<>();
    applications.forEach(
        a -> {
          if (itemCode.equals(a.path("itemCode").asText())) {
            ids.add(a.path("id").asText());
          }
        });
    assertThat(ids).as(applications.toString()).hasSize(1);
    return ids.get(0);
  }

  private void item(String code, String name, String department) {
    jdbc.update(
        "INSERT INTO service_item (code, name, department_code, theme, handling_type, limit_unit,"
            + " legal_limit, promised_limit, max_extension, process_key, description, basis, fee,"
            + " active) VALUES (?, ?, ?, 'START_UP', 'COMMITTED', 'WORKING_DAYS', 10, 3, 10,"
            + " 'standard-approval', '测试事项。', '测试依据', '不收费', TRUE)",
        code,
        name,
        department);
  }

  private void material(String item, String code, String name) {
    jdbc.update(
        "INSERT INTO item_material (item_code, code, name, kind, required, sort_order)"
            + " VALUES (?, ?, ?, 'ATTACHMENT', TRUE, ?)",
        item,
        code,
        name,
        Integer.parseInt(code.substring(1)));
  }

  private void materialTarget(String material, String item, String itemMaterial) {
    jdbc.update(
        "INSERT INTO bundle_material_target (bundle_code, item_code, item_material_code,"
            + " material_code) VALUES (?, ?, ?, ?)",
        bundle,
        item,
        itemMaterial,
        material);
  }
}
