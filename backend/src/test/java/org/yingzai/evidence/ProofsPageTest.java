package org.yingzai.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.yingzai.support.IntegrationTest;
import org.yingzai.support.Journeys;
import org.yingzai.support.WebSession;

/** The proof materials of a submitted application as a part of a page, with their provenance. */
@IntegrationTest
class ProofsPageTest {

  @Autowired TestRestTemplate http;

  @Test
  void theDepartmentSeesTheSourceAndConsentOfEvidenceAndTheSignedTextVersion() {
    String id = new Journeys(http).submitted("enterprise", "GX-MKT-002");

    WebSession.Page proofs =
        WebSession.as(http, "market-clerk").htmx("/applications/" + id + "/proofs");

    assertThat(proofs.status()).isEqualTo(200);
    assertThat(proofs.html()).contains("数据来源", "确认使用", "已确认共享数据", "已签署承诺", "第 1 版", "依据：告知承诺");
  }

  @Test
  void anotherEnterpriseOrDepartmentGetsNotFound() {
    String id = new Journeys(http).submitted("enterprise", "GX-MKT-002");

    assertThat(WebSession.as(http, "enterprise2").htmx("/applications/" + id + "/proofs").status())
        .isEqualTo(404);
    assertThat(WebSession.as(http, "clerk").htmx("/applications/" + id + "/proofs").status())
        .isEqualTo(404);
  }
}
