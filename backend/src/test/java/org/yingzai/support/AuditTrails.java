package org.yingzai.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The audit trail as a supervisor reads it over HTTP. */
public final class AuditTrails {

  private final Api supervisor;

  public AuditTrails(Api supervisor) {
    this.supervisor = supervisor;
  }

  /** The records the query finds (e.g. {@code applicationId=…}), oldest first, at most 100. */
  public List<JsonNode> find(String query) {
    Api.Response page = supervisor.get("/api/audit?size=100&" + query);
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    List<JsonNode> records = new ArrayList<>();
    page.body().path("content").forEach(r -> records.add(0, r));
    return records;
  }

  /** The records' actions, in their order. */
  public static List<String> actions(List<JsonNode> records) {
    return records.stream().map(r -> r.path("action").asText()).toList();
  }

  /** The whole chain verifies. */
  public void assertIntact() {
    Api.Response verified = supervisor.get("/api/audit/verification");
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    assertThat(verified.body().path("valid").asBoolean()).as(verified.toString()).isTrue();
  }
}
