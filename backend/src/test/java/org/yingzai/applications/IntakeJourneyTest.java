package org.yingzai.applications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.Api;
import org.yingzai.support.Files;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/**
 * Over HTTP, taking applications at the counter (收受分离): a station clerk takes one for an enterprise
 * that is present, with scanned materials, a commitment signed on the screen and the authorization
 * letter of the person who came; the department accepts and decides it; the enterprise follows it
 * online; the result is handed over at the station, once. A station takes in only what it offers,
 * and its clerk sees neither other stations' applications nor the departments' queues.
 */
@WithHall
class IntakeJourneyTest {

  // a valid resident ID (GB 11643-1999), made up
  private static final String ID_NUMBER = "11010519491231002X";

  @Autowired JdbcTemplate jdbc;
  Hall hall;
  Journeys journeys;

  String station;
  String stationClerk;

  @BeforeEach
  void station() {
    station = hall.station("STATION", hall.permitItem());
    stationClerk = hall.receiver("station-clerk", station);
  }

  @Test
  void aStationTakesAnApplicationTheDepartmentDecidesAndTheResultIsHandedOverThere() {
    Api clerk = journeys.as(stationClerk);
    Api.Response taken = clerk.post("/api/intake/applications", intake(hall.permitItem(), false));
    assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
    String id = taken.text("id");
    JsonNode draft = taken.body();
    assertThat(draft.path("channel").asText()).isEqualTo("STATION");
    assertThat(draft.path("status").asText()).isEqualTo("DRAFT");
    assertThat(draft.path("resultDelivery").asText()).isEqualTo("STATION");
    assertThat(draft.path("inPerson").path("station").path("code").asText()).isEqualTo(station);
    assertThat(draft.path("inPerson").path("personName").asText()).isEqualTo("张卫东");
    assertThat(draft.path("inPerson").path("idNumberMasked").asText())
        .isEqualTo("110***********002X");
    assertThat(taken.entity().getBody()).doesNotContain(ID_NUMBER);

    // the column holds ciphertext only
    String stored =
        jdbc.queryForObject(
            "SELECT id_number_cipher FROM intake_person WHERE application_id = ?",
            String.class,
            id);
    assertThat(stored).startsWith("v1:").doesNotContain(ID_NUMBER).doesNotContain("002X");

    // the clerk scans the materials and the person signs the commitment on the screen
    for (JsonNode missing : draft.path("missingMaterials")) {
      String code = missing.path("code").asText();
      Api.Response upload =
          clerk.upload(
              "/api/applications/" + id + "/materials", code, code + ".pdf", Files.pdf(code));
      assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
      assertThat(upload.text("uploadedBy")).isEqualTo(stationClerk);
    }
    JsonNode signature = null;
    for (JsonNode pending : draft.path("pendingProofs")) {
      String code = pending.path("code").asText();
      if ("SIGN".equals(pending.path("action").asText())) {
        signature = journeys.sign(clerk, id, code, journeys.commitmentText(clerk, id, code)).body();
      } else {
        journeys.consentOrFallBack(clerk, id, code);
      }
    }
    assertThat(signature).as("the permit item has a commitment").isNotNull();
    assertThat(signature.path("signerName").asText()).isEqualTo("张卫东");
    assertThat(signature.path("witnessedBy").asText()).isEqualTo(stationClerk);

    // not the legal representative: no submission without the authorization letter
    Api.Response early = clerk.post("/api/applications/" + id + "/submit", null);
    assertThat(early.status()).as(early.toString()).isEqualTo(400);
    assertThat(early.code()).isEqualTo("AUTHORIZATION_LETTER_MISSING");
    assertThat(jdbc.queryForObject("SELECT status FROM application WHERE id = ?", String.class, id))
        .isEqualTo("DRAFT");
    Api.Response letter =
        clerk.upload(
            "/api/intake/applications/" + id + "/authorization",
            null,
            "授权委托书.pdf",
            Files.pdf("authorization"));
    assertThat(letter.status()).as(letter.toString()).isEqualTo(200);
    assertThat(letter.body().path("inPerson").path("authorizationFileName").asText())
        .isEqualTo("授权委托书.pdf");

    Api.Response submitted = clerk.post("/api/applications/" + id + "/submit", null);
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    assertThat(submitted.text("status")).isEqualTo("SUBMITTED");

    // the station clerk receives, never decides: no task of the department reaches them
    assertThat(journeys.findTask(stationClerk, id)).isEmpty();
    assertThat(journeys.listed(stationClerk, id)).isPresent();
    // another station's clerk sees nothing of it
    String elsewhere = hall.receiver("other-station-clerk", hall.station("STATION"));
    assertThat(journeys.as(elsewhere).get("/api/applications/" + id).status()).isEqualTo(404);
    assertThat(journeys.listed(elsewhere, id)).isEmpty();

    // the department accepts, reviews and decides it like any other
    assertThat(journeys.complete(hall.clerk(), id, "ACCEPT", null).status()).isEqualTo(200);
    assertThat(journeys.complete(hall.reviewer(), id, "PASS", null).status()).isEqualTo(200);
    Api.Response decided = journeys.complete(hall.approver(), id, "APPROVE", null);
    assertThat(decided.status()).as(decided.toString()).isEqualTo(200);

    // the enterprise follows it online, with the channel and the person masked
    assertThat(journeys.listed(hall.enterprise(), id)).isPresent();
    JsonNode online = journeys.application(hall.enterprise(), id);
    assertThat(online.path("channel").asText()).isEqualTo("STATION");
    assertThat(online.path("status").asText()).isEqualTo("APPROVED");
    assertThat(online.path("inPerson").path("idNumberMasked").asText())
        .isEqualTo("110***********002X");
    assertThat(online.toString()).doesNotContain(ID_NUMBER);
    assertThat(online.path("results").size()).isPositive();

    // the enterprise cannot hand it over to itself; the station clerk does, once
    assertThat(
            journeys
                .as(hall.enterprise())
                .post("/api/applications/" + id + "/handover", Map.of("recipientName", "张卫东"))
                .status())
        .isEqualTo(404);
    Api.Response handed =
        clerk.post("/api/applications/" + id + "/handover", Map.of("recipientName", "张卫东"));
    assertThat(handed.status()).as(handed.toString()).isEqualTo(200);
    assertThat(handed.body().path("inPerson").path("handover").path("handedOverBy").asText())
        .isEqualTo(stationClerk);
    Api.Response again =
        clerk.post("/api/applications/" + id + "/handover", Map.of("recipientName", "张卫东"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("RESULT_ALREADY_HANDED_OVER");
    assertThat(
            journeys
                .application(hall.enterprise(), id)
                .path("inPerson")
                .path("handover")
                .path("recipientName")
                .asText())
        .isEqualTo("张卫东");

    // the supervisor's figures count it at its station, decided on time
    Api.Response figures = journeys.as(hall.supervisor()).get("/api/supervision/channels");
    assertThat(figures.status()).as(figures.toString()).isEqualTo(200);
    JsonNode row =
        StreamSupport.stream(figures.body().path("channels").spliterator(), false)
            .filter(r -> station.equals(r.path("stationCode").asText()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No row of " + station + " in " + figures));
    assertThat(row.path("channel").asText()).isEqualTo("STATION");
    assertThat(row.path("taken").asLong()).isEqualTo(1);
    assertThat(row.path("decided").asLong()).isEqualTo(1);
    assertThat(row.path("decidedOnTime").asLong()).isEqualTo(1);
    assertThat(row.path("onTimeRate").asDouble()).isEqualTo(1.0);
  }

  @Test
  void aStationTakesInOnlyTheItemsItOffersAndOnlyItsReceivingClerksTakeAnything() {
    Api.Response notOffered =
        journeys
            .as(stationClerk)
            .post("/api/intake/applications", intake(hall.committedItem(), true));
    assertThat(notOffered.status()).as(notOffered.toString()).isEqualTo(400);
    assertThat(notOffered.code()).isEqualTo("ITEM_NOT_OFFERED_AT_STATION");

    Api.Response departmentClerk =
        journeys.as(hall.clerk()).post("/api/intake/applications", intake(hall.permitItem(), true));
    assertThat(departmentClerk.status()).isEqualTo(403);
    assertThat(departmentClerk.code()).isEqualTo("INTAKE_NOT_ALLOWED");
    assertThat(
            journeys
                .as(hall.enterprise())
                .post("/api/intake/applications", intake(hall.permitItem(), true))
                .status())
        .isEqualTo(403);

    // the hall takes in every item, with channel HALL
    String hallClerk = hall.receiver("hall-clerk", hall.station("HALL"));
    Api.Response atHall =
        journeys.as(hallClerk).post("/api/intake/applications", intake(hall.committedItem(), true));
    assertThat(atHall.status()).as(atHall.toString()).isEqualTo(201);
    assertThat(atHall.text("channel")).isEqualTo("HALL");
    assertThat(atHall.text("resultDelivery")).isEqualTo("STATION");
    // the legal representative needs no authorization letter
    Api.Response letter =
        journeys
            .as(hallClerk)
            .upload(
                "/api/intake/applications/" + atHall.text("id") + "/authorization",
                null,
                "letter.pdf",
                Files.pdf("letter"));
    assertThat(letter.code()).isEqualTo("AUTHORIZATION_NOT_NEEDED");
    // the enterprise cannot change a draft the counter prepares, but sees it
    Api.Response form =
        journeys
            .as(hall.enterprise())
            .put("/api/applications/" + atHall.text("id") + "/form", Map.of("projectName", "改过的"));
    assertThat(form.status()).isEqualTo(404);
    assertThat(journeys.listed(hall.enterprise(), atHall.text("id"))).isPresent();
  }

  @Test
  void badInputIsRefusedWithNothingSaved() {
    int before = count();
    Map<String, Object> badId = intake(hall.permitItem(), true);
    @SuppressWarnings("unchecked")
    Map<String, Object> person = (Map<String, Object>) badId.get("person");
    person.put("idNumber", "110105194912310021");
    Api.Response refused = journeys.as(stationClerk).post("/api/intake/applications", badId);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo("ID_NUMBER_INVALID");
    assertThat(refused.text("detail")).contains("居民身份证");

    Map<String, Object> unknown = intake(hall.permitItem(), true);
    unknown.put("enterpriseCreditCode", "91370500MA3XXXXXX0");
    Api.Response noEnterprise = journeys.as(stationClerk).post("/api/intake/applications", unknown);
    assertThat(noEnterprise.status()).isEqualTo(400);
    assertThat(noEnterprise.code()).isEqualTo("CREDIT_CODE_INVALID");
    assertThat(count()).isEqualTo(before);

    // online applications get their results online
    String online = journeys.draftWithMaterials(hall.enterprise(), hall.quickItem());
    Api.Response station =
        journeys
            .as(hall.enterprise())
            .put(
                "/api/applications/" + online + "/result-delivery",
                Map.of("resultDelivery", "STATION"));
    assertThat(station.status()).isEqualTo(400);
    assertThat(station.code()).isEqualTo("RESULT_AT_STATION_UNAVAILABLE");
  }

  private int count() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM intake_person", Integer.class);
  }

  private Map<String, Object> intake(String itemCode, boolean legalRepresentative) {
    Map<String, Object> person = new HashMap<>();
    person.put("name", legalRepresentative ? hall.applicant().legalRepresentative() : "张卫东");
    person.put("idType", "RESIDENT_ID");
    person.put("idNumber", ID_NUMBER);
    person.put("legalRepresentative", legalRepresentative);
    Map<String, Object> body = new HashMap<>();
    body.put("itemCode", itemCode);
    body.put("enterpriseCreditCode", hall.applicant().creditCode());
    body.put("person", person);
    body.put("form", Map.of("projectName", "窗口收件测试"));
    body.put("resultDelivery", "STATION");
    return body;
  }
}
