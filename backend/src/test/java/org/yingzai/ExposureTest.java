package org.yingzai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.yingzai.support.Api;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/** What the service hall shows of itself over HTTP, and what it keeps to itself. */
@WithHall
class ExposureTest {

  Hall hall;
  Journeys journeys;
  @Autowired TestRestTemplate http;

  @Test
  void theEnginesOwnRestApiAndWebAppsAreNotServed() {
    Api admin = journeys.as(hall.admin());
    assertThat(admin.get("/engine-rest/engine").status()).isEqualTo(404);
    assertThat(admin.get("/engine-rest/process-definition").status()).isEqualTo(404);
    assertThat(admin.get("/camunda/app/cockpit/").status()).isEqualTo(404);
    assertThat(admin.get("/api/engine/process-definition").status()).isIn(403, 404);
  }

  @Test
  void openApiDescribesTheV1Contract() {
    Api.Response docs = Api.anonymous(http).get("/v3/api-docs");
    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.body().path("info").path("version").asText()).isEqualTo("v1");
    assertThat(docs.body().path("paths").has("/api/applications/{id}/submit")).isTrue();
    assertThat(docs.body().path("paths").has("/api/tasks/{id}/complete")).isTrue();
    assertThat(docs.body().path("paths").has("/api/items/{code}")).isTrue();
  }

  @Test
  void healthIsPublicAndMetricsAreForAdministrators() {
    assertThat(Api.anonymous(http).get("/actuator/health").status()).isEqualTo(200);
    assertThat(Api.anonymous(http).get("/actuator/prometheus").status()).isEqualTo(401);
    assertThat(journeys.as(hall.clerk()).get("/actuator/prometheus").status()).isEqualTo(403);
  }
}
