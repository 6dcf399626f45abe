package org.yingzai.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.Api;
import org.yingzai.support.Hall;
import org.yingzai.support.WithHall;

/**
 * A bundle (一件事) read from the catalogue over the public API: its items in order with their
 * departments and limits, its one form, which item field each of its fields feeds, and its
 * materials with the item materials each stands for; an inactive or unknown bundle is not found.
 */
@WithHall
class BundleCatalogueTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate http;
  Hall hall;

  String code;

  @BeforeEach
  void bundle() {
    code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    jdbc.update(
        "INSERT INTO bundle (code, name, theme, promised_limit, description, active, position)"
            + " VALUES (?, ?, 'START_UP', 2, '测试一件事', TRUE, 1)",
        code,
        "测试一件事" + code);
    jdbc.update(
        "INSERT INTO bundle_item (bundle_code, item_code, position) VALUES (?, ?, 1), (?, ?, 2)",
        code,
        hall.quickItem(),
        code,
        hall.committedItem());
    jdbc.update(
        "INSERT INTO bundle_field (bundle_code, name, type, required, max_length, position, label,"
            + " options) VALUES (?, 'enterpriseName', 'TEXT', TRUE, 80, 1, '企业名称', NULL),"
            + " (?, 'scale', 'CHOICE', FALSE, NULL, 2, '规模', '小型|中型')",
        code,
        code);
    jdbc.update(
        "INSERT INTO bundle_field_target (bundle_code, item_code, item_field, field_name)"
            + " VALUES (?, ?, 'projectName', 'enterpriseName'), (?, ?, 'projectName',"
            + " 'enterpriseName')",
        code,
        hall.quickItem(),
        code,
        hall.committedItem());
    jdbc.update(
        "INSERT INTO bundle_material (bundle_code, code, name, position) VALUES (?, 'B01', '共用附件',"
            + " 1)",
        code);
    jdbc.update(
        "INSERT INTO bundle_material_target (bundle_code, item_code, item_material_code,"
            + " material_code) VALUES (?, ?, 'M01', 'B01'), (?, ?, 'M03', 'B01')",
        code,
        hall.quickItem(),
        code,
        hall.committedItem());
  }

  @Test
  void aBundleListsItsItemsFormAndMaterialsForAnyone() {
    Api anyone = Api.anonymous(http);
    Api.Response one = anyone.get("/api/bundles/" + code);
    assertThat(one.status()).as(one.toString()).isEqualTo(200);
    JsonNode bundle = one.body();
    assertThat(bundle.path("promisedLimit").asInt()).isEqualTo(2);
    assertThat(codes(bundle.path("items"), "code"))
        .containsExactly(hall.quickItem(), hall.committedItem());
    assertThat(bundle.path("items").get(1).path("department").path("code").asText())
        .isEqualTo(hall.department());
    assertThat(bundle.path("items").get(1).path("legalLimit").asInt()).isEqualTo(20);
    assertThat(codes(bundle.path("fields"), "name")).containsExactly("enterpriseName", "scale");
    assertThat(bundle.path("fields").get(0).path("maxLength").asInt()).isEqualTo(80);
    assertThat(bundle.path("fields").get(1).path("options").toString())
        .isEqualTo("[\"小型\",\"中型\"]");
    assertThat(bundle.path("fieldTargets").size()).isEqualTo(2);
    JsonNode material = bundle.path("materials").get(0);
    assertThat(material.path("code").asText()).isEqualTo("B01");
    assertThat(codes(material.path("targets"), "itemMaterialCode"))
        .containsExactlyInAnyOrder("M01", "M03");

    Api.Response all = anyone.get("/api/bundles");
    assertThat(all.status()).isEqualTo(200);
    assertThat(codes(all.body(), "code")).contains(code);
  }

  @Test
  void anInactiveOrUnknownBundleIsNotFound() {
    Api anyone = Api.anonymous(http);
    Api.Response unknown = anyone.get("/api/bundles/NO-SUCH-BUNDLE");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.code()).isEqualTo("BUNDLE_NOT_FOUND");

    jdbc.update("UPDATE bundle SET active = FALSE WHERE code = ?", code);
    assertThat(anyone.get("/api/bundles/" + code).status()).isEqualTo(404);
    assertThat(codes(anyone.get("/api/bundles").body(), "code")).doesNotContain(code);
  }

  private static List<String> codes(JsonNode array, String field) {
    List<String> codes = new ArrayList<>();
    array.forEach(node -> codes.add(node.path(field).asText()));
    return codes;
  }
}
