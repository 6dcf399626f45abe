package org.yingzai.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingzai.support.Api;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WebSession;
import org.yingzai.support.WithHall;

/**
 * Administrators change an item's limits and the proofs its materials stand for, over the API and
 * on the item's page; every refusal names its field, and accepted applications keep their limits.
 */
@WithHall
class ItemAdminTest {

  Hall hall;
  Journeys journeys;

  private Api admin() {
    return journeys.as(hall.admin());
  }

  private static Map<String, String> limits(
      String type, String unit, String legal, String promised, String extension) {
    return Map.of(
        "handlingType", type,
        "limitUnit", unit,
        "legalLimit", legal,
        "promisedLimit", promised,
        "maxExtension", extension);
  }

  @Test
  void theLimitsChangeAsAWholeOrNotAtAllAndRunningClocksKeepTheirs() {
    String item = hall.committedItem();
    String path = "/api/admin/items/" + item + "/limits";
    String accepted = journeys.accepted(hall.enterprise(), item);

    Api.Response refused = admin().put(path, limits("COMMITTED", "HOURS", "20", "25", "x"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo("ITEM_LIMITS_INVALID");
    assertThat(refused.body().path("errors").findValuesAsText("field"))
        .containsExactly("limitUnit", "maxExtension", "promisedLimit");
    Api.Response over = admin().put(path, limits("COMMITTED", "WORKING_DAYS", "20", "25", "10"));
    assertThat(over.body().path("errors").findValuesAsText("reason"))
        .containsExactly("PROMISED_OVER_LEGAL");
    Api.Response instant = admin().put(path, limits("INSTANT", "WORKING_DAYS", "20", "5", "10"));
    assertThat(instant.body().path("errors").findValuesAsText("reason"))
        .containsExactly("INSTANT_NOT_SAME_DAY");
    assertThat(
            journeys
                .as(hall.clerk())
                .put(path, limits("COMMITTED", "WORKING_DAYS", "20", "6", "5"))
                .status())
        .isEqualTo(403);

    Api.Response changed = admin().put(path, limits("committed", "WORKING_DAYS", "20", "6", "5"));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.body().path("promisedLimit").asInt()).isEqualTo(6);
    JsonNode guide = journeys.as(hall.enterprise()).get("/api/items/" + item).body();
    assertThat(guide.path("promisedLimit").asInt()).isEqualTo(6);
    assertThat(guide.path("maxExtension").asInt()).isEqualTo(5);
    assertThat(
            journeys.application(hall.enterprise(), accepted).path("clock").path("limit").asInt())
        .as("an accepted application keeps the limit it was accepted with")
        .isEqualTo(8);
    assertThat(limitChanges(item)).isEqualTo(1);

    assertThat(admin().put(path, limits("COMMITTED", "WORKING_DAYS", "20", "6", "5")).status())
        .isEqualTo(200);
    assertThat(limitChanges(item)).as("a change that changes nothing records nothing").isEqualTo(1);
  }

  private long limitChanges(String item) {
    return journeys
        .as(hall.supervisor())
        .get("/api/audit?object=item:" + item)
        .body()
        .path("content")
        .findValuesAsText("action")
        .stream()
        .filter("ITEM_LIMITS_CHANGED"::equals)
        .count();
  }

  @Test
  void aProofMaterialIsPointedAtAnotherProof() {
    String item = hall.committedItem();
    String proof = hall.verifiedProof();
    String base = "/api/admin/items/" + item + "/materials/";

    Api.Response changed = admin().put(base + "M04/proof", Map.of("proofCode", proof));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    JsonNode m04 =
        journeys
            .as(hall.enterprise())
            .get("/api/items/" + item)
            .body()
            .path("materials")
            .findParents("code")
            .stream()
            .filter(m -> m.path("code").asText().equals("M04"))
            .findFirst()
            .orElseThrow();
    assertThat(m04.path("proofCode").asText()).isEqualTo(proof);
    assertThat(m04.path("disposition").asText()).isEqualTo("DEPARTMENT_VERIFICATION");

    assertThat(admin().put(base + "M01/proof", Map.of("proofCode", proof)).code())
        .isEqualTo("MATERIAL_NOT_PROOF");
    assertThat(admin().put(base + "M04/proof", Map.of("proofCode", "NO-SUCH")).code())
        .isEqualTo("PROOF_UNKNOWN");
    assertThat(admin().put(base + "M99/proof", Map.of("proofCode", proof)).status()).isEqualTo(404);
  }

  @Test
  void theStepLimitsChangeAsAWholeWithinTheLawOrNotAtAll() {
    String item = hall.closureItem();
    String path = "/api/admin/items/" + item + "/step-limits";
    JsonNode before = journeys.as(hall.admin()).get("/api/items/" + item).body().path("stepLimits");

    Map<String, Object> wrong = new java.util.LinkedHashMap<>();
    wrong.put("ACCEPT", 9);
    wrong.put("REVIEW", "x");
    wrong.put("VERIFY", 1);
    Api.Response refused = admin().put(path, wrong);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo("ITEM_STEP_LIMITS_INVALID");
    assertThat(refused.body().path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("stepLimit", "stepLimit.ACCEPT", "stepLimit.REVIEW");
    assertThat(journeys.as(hall.admin()).get("/api/items/" + item).body().path("stepLimits"))
        .isEqualTo(before);

    Map<String, Object> right = new java.util.LinkedHashMap<>();
    right.put("ACCEPT", 1);
    right.put("REVIEW", "3");
    right.put("DECIDE", null);
    Api.Response saved = admin().put(path, right);
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    JsonNode limits = journeys.as(hall.admin()).get("/api/items/" + item).body().path("stepLimits");
    assertThat(limits.path("ACCEPT").asInt()).isEqualTo(1);
    assertThat(limits.path("REVIEW").asInt()).isEqualTo(3);
    assertThat(limits.has("DECIDE")).isFalse();
    assertThat(limits.has("SUPPLEMENT")).isFalse();
    assertThat(journeys.as(hall.clerk()).put(path, right).status()).isEqualTo(403);

    WebSession web = journeys.web(hall.admin());
    assertThat(web.get("/admin/items/" + item).html())
        .contains("name=\"stepACCEPT\"", "value=\"3\"");
    WebSession.Page over =
        web.post("/admin/items/" + item + "/step-limits", Map.of("stepACCEPT", "7"));
    assertThat(over.status()).isEqualTo(422);
    assertThat(over.html()).contains("第三十二条", "value=\"7\"");
    WebSession.Page kept =
        web.post(
            "/admin/items/" + item + "/step-limits", Map.of("stepACCEPT", "2", "stepDECIDE", "1"));
    assertThat(kept.status()).isEqualTo(302);
    JsonNode after = journeys.as(hall.admin()).get("/api/items/" + item).body().path("stepLimits");
    assertThat(after.path("ACCEPT").asInt()).isEqualTo(2);
    assertThat(after.path("DECIDE").asInt()).isEqualTo(1);
    assertThat(after.has("REVIEW")).isFalse();
  }

  @Test
  void theItemPageShowsARefusalBesideItsFieldAndSaves() {
    String item = hall.instantItem();
    WebSession web = journeys.web(hall.admin());
    assertThat(web.get("/admin/items?q=" + item).html()).contains("/admin/items/" + item);
    assertThat(web.get("/admin/items/" + hall.permitItem()).html())
        .contains("对应证明事项", "list=\"proof-codes\"");

    web.get("/admin/items/" + item);
    WebSession.Page refused =
        web.post(
            "/admin/items/" + item + "/limits", limits("INSTANT", "WORKING_DAYS", "20", "3", "0"));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.html()).contains("href=\"#promisedLimit\"", "即办件当场办结", "value=\"3\"");

    WebSession.Page saved =
        web.post(
            "/admin/items/" + item + "/limits", limits("INSTANT", "WORKING_DAYS", "15", "0", "0"));
    assertThat(saved.status()).isEqualTo(302);
    assertThat(web.get("/admin/items/" + item).html()).contains("已保存", "value=\"15\"");

    WebSession.Page unknownProof =
        web.post(
            "/admin/items/" + hall.permitItem() + "/materials/M02/proof",
            Map.of("proofCode", "NO-SUCH"));
    assertThat(unknownProof.status()).isEqualTo(422);
    assertThat(unknownProof.html()).contains("没有编码为“NO-SUCH”的证明事项");
  }
}
