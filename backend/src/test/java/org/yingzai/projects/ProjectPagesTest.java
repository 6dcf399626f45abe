package org.yingzai.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Files;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WebSession;
import org.yingzai.support.WithHall;

/**
 * The enterprise's project pages over plain HTTP: registering a project, its stages side by side,
 * an open stage's one form, materials and one submission, with the API's refusals shown on the
 * page.
 */
@WithHall
class ProjectPagesTest {

  @Autowired JdbcTemplate jdbc;
  Hall hall;
  Journeys journeys;

  private StageCatalogueFixture catalogue;

  @BeforeEach
  void monday() {
    catalogue = new StageCatalogueFixture(jdbc, hall);
    EngineTime.at("2026-03-02T09:00:00+08:00");
  }

  @Test
  void theEnterpriseRegistersAProjectPreparesItsFirstStageAndSubmitsItOnce() {
    WebSession web = journeys.web(hall.enterprise());
    assertThat(web.get("/my/projects").html()).contains("登记新项目");

    WebSession.Page bad =
        web.post(
            "/my/projects",
            Map.of("code", "2026-1", "name", "", "location", "高新区", "investment", "-1"));
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.html()).contains("请填写正确格式的项目代码", "请填写项目名称", "请填写总投资", "请选择项目类型");

    String code = String.format("2026-370571-35-02-%06d", (int) (Math.random() * 1_000_000));
    WebSession.Page created =
        web.post(
            "/my/projects",
            Map.of(
                "code",
                code,
                "name",
                "智能装备产业园",
                "location",
                "高新区创新大道 88 号",
                "investment",
                "52000.50",
                "projectType",
                "INDUSTRIAL"));
    assertThat(created.status()).isEqualTo(302);
    String path = created.location().replaceFirst("^https?://[^/]+", "");
    assertThat(path).startsWith("/my/projects/");

    String project = web.get(path).html();
    assertThat(project).contains(code, "立项用地规划许可阶段", "待提交", "未开放", "52,000.50");

    String stagePath = path + "/stages/LAND_AND_PLANNING";
    String stage = web.get(stagePath).html();
    assertThat(stage).contains("一张表单", "项目名称", "建设项目用地红线图", "选址论证报告", "授权委托书");
    assertThat(stage).contains("value=\"智能装备产业园\"");

    WebSession.Page early = web.post(stagePath + "/submit", Map.of());
    assertThat(early.status()).isEqualTo(422);
    assertThat(early.html()).contains("以下阶段材料尚未上传", "请上传“建设项目用地红线图”");

    assertThat(
            web.post(stagePath + "/form", Map.of("projectName", "智能装备产业园", "contactPhone", "12"))
                .status())
        .isEqualTo(422);
    assertThat(
            web.post(
                    stagePath + "/form",
                    Map.of("projectName", "智能装备产业园", "contactPhone", "13800138000"))
                .status())
        .isEqualTo(302);
    for (String material : List.of("S01", "S02")) {
      WebSession.Page uploaded =
          web.htmxUpload(
              stagePath + "/materials",
              Map.of("materialCode", material),
              material + ".pdf",
              Files.pdf(material));
      assertThat(uploaded.status()).as(uploaded.html()).isEqualTo(302);
    }
    assertThat(web.get(stagePath).html()).contains("S01.pdf", "S02.pdf");

    WebSession.Page submitted = web.post(stagePath + "/submit", Map.of());
    assertThat(submitted.status()).isEqualTo(302);
    String after = web.get(path).html();
    assertThat(after).contains("并联审批中", "首个事项受理后开始计时", hall.departmentName(), "/my/applications/");
  }

  @Test
  void anotherEnterpriseGetsNoProjectPage() {
    String code = String.format("2026-370571-35-02-%06d", (int) (Math.random() * 1_000_000));
    WebSession mine = journeys.web(hall.enterprise());
    mine.get("/my/projects/new");
    String path =
        mine.post(
                "/my/projects",
                Map.of(
                    "code",
                    code,
                    "name",
                    "项目",
                    "location",
                    "高新区",
                    "investment",
                    "1",
                    "projectType",
                    "LINEAR"))
            .location()
            .replaceFirst("^https?://[^/]+", "");

    WebSession other = journeys.web(hall.otherEnterprise());
    assertThat(other.get(path).status()).isEqualTo(404);
    assertThat(other.get(path + "/stages/LAND_AND_PLANNING").status()).isEqualTo(404);
  }

  @Test
  void theSupervisorReadsTheProjectsStageClocksKeyProjectsFirstWithoutTheEnterprisesActions() {
    WebSession enterprise = journeys.web(hall.enterprise());
    enterprise.get("/my/projects/new");
    String code = String.format("2026-370571-35-02-%06d", (int) (Math.random() * 1_000_000));
    String path =
        enterprise
            .post(
                "/my/projects",
                Map.of(
                    "code",
                    code,
                    "name",
                    "重点产业园",
                    "location",
                    "高新区",
                    "investment",
                    "1",
                    "projectType",
                    "INDUSTRIAL"))
            .location()
            .replaceFirst("^https?://[^/]+", "");
    String id = path.substring(path.lastIndexOf('/') + 1);
    journeys.as(hall.supervisor()).post("/api/projects/" + id + "/key", Map.of("reason", "市级重点项目"));

    WebSession supervisor = journeys.web(hall.supervisor());
    String keyOnly = supervisor.get("/board/projects?keyProject=true&size=100").html();
    assertThat(keyOnly).contains("/board/projects/" + id, "重点产业园", "重点项目", "待提交");
    String page = supervisor.get("/board/projects/" + id).html();
    assertThat(page).contains("重点产业园", "立项用地规划许可阶段", hall.applicant().name());
    assertThat(page).doesNotContain("填写表单、上传材料并提交", "/helper/authorization");
    assertThat(journeys.web(hall.enterprise()).get("/board/projects").status()).isEqualTo(403);
  }

  @Test
  void theHelperPreparesAStageOnTheWorkbenchUnderTheAuthorizationOnly() {
    String helper = hall.colleague("page-helper", "help");
    String projectId =
        ProjectSteps.keyProject(
            journeys.as(hall.enterprise()), journeys.as(hall.supervisor()), "帮办测试项目");
    assertThat(
            journeys
                .as(hall.admin())
                .post("/api/projects/" + projectId + "/helper", Map.of("helper", helper))
                .status())
        .isEqualTo(200);
    WebSession web = journeys.web(helper);
    assertThat(web.get("/workbench/projects/" + projectId).status()).isEqualTo(404);

    journeys
        .as(hall.enterprise())
        .post(
            "/api/projects/" + projectId + "/helper/authorization",
            Map.of("scope", "PREPARE_AND_SUBMIT", "validUntil", "2026-03-31"));
    assertThat(web.get("/workbench/projects").html()).contains("/workbench/projects/" + projectId);
    String page = web.get("/workbench/projects/" + projectId).html();
    assertThat(page)
        .contains("帮办测试项目", "/workbench/projects/" + projectId + "/stages/LAND_AND_PLANNING")
        .doesNotContain("/helper/authorization");
    WebSession.Page saved =
        web.post(
            "/workbench/projects/" + projectId + "/stages/LAND_AND_PLANNING/form",
            Map.of("projectName", "帮办测试项目", "contactPhone", "13800138000"));
    assertThat(saved.status()).isEqualTo(302);
    assertThat(saved.location()).contains("/workbench/projects/" + projectId + "/stages/");

    journeys
        .as(hall.enterprise())
        .post("/api/projects/" + projectId + "/helper/authorization/withdraw", Map.of());
    assertThat(web.get("/workbench/projects/" + projectId + "/stages/LAND_AND_PLANNING").status())
        .isEqualTo(404);
  }
}
