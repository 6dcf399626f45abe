package org.yingzai.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WebSession;
import org.yingzai.support.WithHall;

/** The proof materials of a submitted application as a part of a page, with their provenance. */
@WithHall
class ProofsPageTest {

  Hall hall;
  Journeys journeys;

  @Test
  void theDepartmentSeesTheSourceAndConsentOfEvidenceAndTheSignedTextVersion() {
    String id = journeys.submitted(hall.enterprise(), hall.permitItem());

    WebSession.Page proofs = journeys.web(hall.clerk()).htmx("/applications/" + id + "/proofs");

    assertThat(proofs.status()).isEqualTo(200);
    assertThat(proofs.html()).contains("数据来源", "确认使用", "已确认共享数据", "已签署承诺", "第 1 版", "依据：告知承诺");
  }

  @Test
  void anotherEnterpriseOrDepartmentGetsNotFound() {
    String id = journeys.submitted(hall.enterprise(), hall.permitItem());

    assertThat(
            journeys.web(hall.otherEnterprise()).htmx("/applications/" + id + "/proofs").status())
        .isEqualTo(404);
    assertThat(journeys.web(hall.outsider()).htmx("/applications/" + id + "/proofs").status())
        .isEqualTo(404);
  }
}
