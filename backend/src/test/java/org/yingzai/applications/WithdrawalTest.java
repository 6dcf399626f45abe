package org.yingzai.applications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.processes.StandardApproval;
import org.yingzai.support.Api;
import org.yingzai.support.AuditTrails;
import org.yingzai.support.EarlierModels;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WarningTimerJobs;
import org.yingzai.support.WebSession;
import org.yingzai.support.WithHall;

/**
 * The applicant withdraws an application (撤回) at each step before the decision: the process ends
 * with its task and timers, the clock stops with its level as it was, and the timeline, the audit
 * trail and the clerks who held the task say who withdrew it and why.
 */
@WithHall
class WithdrawalTest {

  private static final String REASON = "项目选址调整，本次申请不再办理";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired JdbcTemplate jdbc;
  Hall hall;
  Journeys journeys;

  @BeforeEach
  void mondayMorning() {
    // accepted on Monday 2 March with 8 working days: due Thursday 12 March
    EngineTime.at("2026-03-02T10:00:00+08:00");
  }

  @Test
  void withdrawnAfterSubmissionBeforeAcceptanceEndsTheAcceptTaskAndTheAcceptanceTimer() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    String taskId = journeys.taskId(hall.clerk(), id);
    assertThat(jobsOf(id)).as("the §32 timer and the step timers").isPositive();

    EngineTime.at("2026-03-03T11:00:00+08:00");
    JsonNode withdrawn = withdraw(id);

    assertThat(absent(withdrawn.path("clock"))).as("never accepted: no clock").isTrue();
    assertEndedCleanly(id, "ACCEPT", "2026-03-03T11:00:00+08:00");
    assertThat(notice(hall.clerk(), id)).isPresent();
    assertTaskRefused(hall.clerk(), taskId, withdrawn.path("number").asText());
  }

  @Test
  void withdrawnWhileASupplementIsAskedBeforeAcceptanceEndsTheApplicantsTask() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    Api.Response asked = journeys.requestSupplement(hall.clerk(), id, "请补充设计方案", "M03");
    assertThat(asked.text("applicationStatus")).isEqualTo("SUPPLEMENT_REQUESTED");
    assertThat(jobsOf(id)).as("the supplement's step timers").isPositive();

    withdraw(id);

    assertEndedCleanly(id, "SUPPLEMENT", "2026-03-02T10:00:00+08:00");
    // the applicant's own task was open: no clerk was working on it
    assertThat(notice(hall.clerk(), id)).isEmpty();
  }

  @Test
  void withdrawnUnderReviewStopsTheClockAtTheWithdrawalWithoutCountingItAmongDecisions() {
    String id = journeys.accepted(hall.enterprise(), hall.committedItem());
    assertThat(journeys.application(hall.enterprise(), id).path("status").asText())
        .isEqualTo("UNDER_REVIEW");
    long decided = decidedCount();

    EngineTime.at("2026-03-04T15:30:00+08:00");
    JsonNode withdrawn = withdraw(id);

    assertEndedCleanly(id, "REVIEW", "2026-03-04T15:30:00+08:00");
    assertClockStopped(withdrawn, "2026-03-04T15:30:00+08:00");
    assertThat(decidedCount()).as("not a decision, on time or late").isEqualTo(decided);
    assertThat(notice(hall.reviewer(), id)).isPresent();
  }

  @Test
  void withdrawnInASpecialProcedureEndsThePauseAtTheWithdrawal() {
    String id = journeys.accepted(hall.enterprise(), hall.committedItem());
    EngineTime.at("2026-03-03T09:00:00+08:00");
    Api.Response paused =
        journeys.startSpecialProcedure(hall.reviewer(), id, "EXPERT_REVIEW", "组织专家评审");
    assertThat(paused.text("applicationStatus")).isEqualTo("PAUSED");
    assertThat(journeys.application(hall.enterprise(), id).path("clockPaused").asBoolean())
        .isTrue();

    EngineTime.at("2026-03-05T10:00:00+08:00");
    JsonNode withdrawn = withdraw(id);

    assertEndedCleanly(id, "REVIEW", "2026-03-05T10:00:00+08:00");
    assertClockStopped(withdrawn, "2026-03-05T10:00:00+08:00");
    JsonNode pause = withdrawn.path("clock").path("segments").get(1);
    assertThat(pause.path("kind").asText()).isEqualTo("PAUSED");
    assertThat(pause.path("endedBy").asText()).isEqualTo(hall.enterprise());
    assertThat(withdrawn.path("clockPaused").asBoolean()).isFalse();
    assertThat(journeys.listed(hall.enterprise(), id).orElseThrow().path("clockPaused").asBoolean())
        .isFalse();
    assertThat(notice(hall.reviewer(), id)).isPresent();
  }

  @Test
  void withdrawnWhileASupplementIsAskedDuringReviewStopsThePausedClock() {
    String id = journeys.accepted(hall.enterprise(), hall.committedItem());
    journeys.requestSupplement(hall.reviewer(), id, "设计方案缺总平面图", "M03");
    assertThat(journeys.application(hall.enterprise(), id).path("clockPaused").asBoolean())
        .isTrue();

    EngineTime.at("2026-03-03T10:00:00+08:00");
    JsonNode withdrawn = withdraw(id);

    assertEndedCleanly(id, "SUPPLEMENT", "2026-03-03T10:00:00+08:00");
    assertClockStopped(withdrawn, "2026-03-03T10:00:00+08:00");
    assertThat(withdrawn.path("clockPaused").asBoolean()).isFalse();
  }

  @Test
  void withdrawnAwaitingTheDecisionKeepsTheWarningLevelItHad() {
    String id = journeys.accepted(hall.enterprise(), hall.committedItem());
    journeys.complete(hall.reviewer(), id, "PASS", "符合条件");
    String taskId = journeys.taskId(hall.approver(), id);
    // Wednesday 11 March: two working days left of eight, the legal clock turns YELLOW
    EngineTime.at("2026-03-11T09:00:00+08:00");
    assertThat(new WarningTimerJobs(jdbc, management).runDue(id)).isEqualTo(1);
    assertThat(journeys.application(hall.enterprise(), id).path("warningLevel").asText())
        .isEqualTo("YELLOW");

    EngineTime.at("2026-03-11T10:00:00+08:00");
    JsonNode withdrawn = withdraw(id);

    assertEndedCleanly(id, "DECIDE", "2026-03-11T10:00:00+08:00");
    assertClockStopped(withdrawn, "2026-03-11T10:00:00+08:00");
    // a decision now would have been on time (GREEN); a withdrawal is not judged so
    assertThat(withdrawn.path("warningLevel").asText()).isEqualTo("YELLOW");
    List<String> causes = new ArrayList<>();
    withdrawn.path("warningEvents").forEach(e -> causes.add(e.path("cause").asText()));
    assertThat(causes).containsExactly("STARTED", "TIMER");
    String mine = journeys.web(hall.enterprise()).get("/my/applications/" + id).html();
    assertThat(mine).contains("黄色预警", "已撤回").doesNotContain("id=\"withdraw-application\"");
    assertThat(notice(hall.approver(), id)).isPresent();
    assertTaskRefused(hall.approver(), taskId, withdrawn.path("number").asText());
    WebSession.Page page = journeys.web(hall.approver()).get("/workbench/tasks/" + taskId);
    assertThat(page.status()).isEqualTo(409);
    assertThat(page.html()).contains("已由申请人撤回");
  }

  @Test
  void anApplicationOfAnEarlierProcessModelIsWithdrawnByEndingItsInstance() {
    String id =
        EarlierModels.submittedUnder(
            repository,
            journeys,
            "legacy/standard-approval-before-step-timers.bpmn",
            hall.enterprise(),
            hall.committedItem());
    assertThat(journeys.complete(hall.clerk(), id, "ACCEPT", null).status()).isEqualTo(200);

    JsonNode withdrawn = withdraw(id);

    assertThat(withdrawn.path("status").asText()).isEqualTo("WITHDRAWN");
    assertEngineClean(id);
    assertThat(openWork(id)).isZero();
    assertThat(journeys.findTask(hall.reviewer(), id)).isEmpty();
  }

  @Test
  void onlyTheOwnerWithdrawsOnlyBeforeTheDecisionOnlyOnceAndOnlyWithAReason() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    Api owner = journeys.as(hall.enterprise());
    String path = "/api/applications/" + id + "/withdraw";

    Api.Response theirs = journeys.as(hall.otherEnterprise()).post(path, reason(REASON));
    assertThat(theirs.status()).isEqualTo(404);
    assertThat(theirs.code()).isEqualTo("APPLICATION_NOT_FOUND");
    assertThat(journeys.as(hall.clerk()).post(path, reason(REASON)).status()).isEqualTo(403);

    Api.Response none = owner.post(path, null);
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.code()).isEqualTo("WITHDRAWAL_REASON_REQUIRED");
    assertThat(owner.post(path, reason("   ")).code()).isEqualTo("WITHDRAWAL_REASON_REQUIRED");
    Api.Response tooLong = owner.post(path, reason("理".repeat(Withdrawals.MAX_REASON + 1)));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.code()).isEqualTo("VALIDATION_FAILED");
    assertThat(journeys.application(hall.enterprise(), id).path("status").asText())
        .isEqualTo("SUBMITTED");
    assertThat(journeys.findTask(hall.clerk(), id)).isPresent();

    assertThat(owner.post(path, reason(REASON)).status()).isEqualTo(200);
    Api.Response again = owner.post(path, reason(REASON));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("APPLICATION_NOT_WITHDRAWABLE");
    assertThat(AuditTrails.actions(audit(id)).stream().filter("WITHDRAWN"::equals)).hasSize(1);

    String draft = journeys.draftWithMaterials(hall.enterprise(), hall.committedItem());
    Api.Response unsent = owner.post("/api/applications/" + draft + "/withdraw", reason(REASON));
    assertThat(unsent.status()).isEqualTo(409);
    assertThat(unsent.code()).isEqualTo("APPLICATION_NOT_WITHDRAWABLE");

    String decided = journeys.submitted(hall.enterprise(), hall.instantItem());
    assertThat(journeys.complete(hall.clerk(), decided, "APPROVE", null).status()).isEqualTo(200);
    Api.Response late = owner.post("/api/applications/" + decided + "/withdraw", reason(REASON));
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.code()).isEqualTo("APPLICATION_NOT_WITHDRAWABLE");
    String number = journeys.application(hall.enterprise(), decided).path("number").asText();
    assertThat(late.body().path("detail").asText()).contains(number, "不能撤回");
    assertThat(journeys.application(hall.enterprise(), decided).path("status").asText())
        .isEqualTo("APPROVED");
  }

  @Test
  void aWithdrawalRacingTheDecisionEndsWithExactlyOneOfThem() throws Exception {
    ExecutorService callers = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 3; round++) {
        String id = journeys.accepted(hall.enterprise(), hall.committedItem());
        journeys.complete(hall.reviewer(), id, "PASS", "符合条件");
        String taskId = journeys.taskId(hall.approver(), id);
        Api applicant = journeys.as(hall.enterprise());
        Api approver = journeys.as(hall.approver());
        CountDownLatch start = new CountDownLatch(1);
        Future<Api.Response> withdrawal =
            callers.submit(
                () -> {
                  start.await();
                  return applicant.post("/api/applications/" + id + "/withdraw", reason(REASON));
                });
        Future<Api.Response> decision =
            callers.submit(
                () -> {
                  start.await();
                  return approver.post(
                      "/api/tasks/" + taskId + "/complete", Api.complete("APPROVE", null));
                });
        start.countDown();
        Api.Response withdrawn = withdrawal.get(60, TimeUnit.SECONDS);
        Api.Response approved = decision.get(60, TimeUnit.SECONDS);

        assertThat(List.of(withdrawn.status(), approved.status()))
            .as("%s / %s", withdrawn, approved)
            .containsExactlyInAnyOrder(200, 409);
        JsonNode application = journeys.application(hall.enterprise(), id);
        List<String> actions = new ArrayList<>();
        application.path("timeline").forEach(e -> actions.add(e.path("action").asText()));
        if (withdrawn.status() == 200) {
          assertThat(approved.code()).isEqualTo("TASK_APPLICATION_WITHDRAWN");
          assertThat(application.path("status").asText()).isEqualTo("WITHDRAWN");
          assertThat(actions).contains("WITHDRAWN").doesNotContain("APPROVED");
          assertEngineClean(id);
        } else {
          assertThat(withdrawn.code()).isEqualTo("APPLICATION_NOT_WITHDRAWABLE");
          assertThat(application.path("status").asText()).isEqualTo("APPROVED");
          assertThat(actions).contains("APPROVED").doesNotContain("WITHDRAWN");
        }
        assertThat(openWorkOf(id, "decide")).isZero();
      }
    } finally {
      callers.shutdownNow();
    }
  }

  private JsonNode withdraw(String id) {
    Api.Response response =
        journeys
            .as(hall.enterprise())
            .post("/api/applications/" + id + "/withdraw", reason(REASON));
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.text("status")).isEqualTo("WITHDRAWN");
    return response.body();
  }

  private static boolean absent(JsonNode node) {
    return node.isMissingNode() || node.isNull();
  }

  private static Map<String, Object> reason(String reason) {
    Map<String, Object> body = new HashMap<>();
    body.put("reason", reason);
    return body;
  }

  /** Withdrawn at {@code at} from {@code step}, with nothing of its handling left running. */
  private void assertEndedCleanly(String id, String step, String at) {
    JsonNode application = journeys.application(hall.enterprise(), id);
    assertThat(application.path("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(application.path("finishedAt").asText()).isEqualTo(at);
    JsonNode last = application.path("timeline").get(application.path("timeline").size() - 1);
    assertThat(last.path("action").asText()).isEqualTo("WITHDRAWN");
    assertThat(last.path("step").asText()).isEqualTo(step);
    assertThat(last.path("actor").asText()).isEqualTo(hall.enterprise());
    assertThat(last.path("comment").asText()).isEqualTo(REASON);
    assertThat(last.path("at").asText()).isEqualTo(at);
    assertThat(journeys.listed(hall.enterprise(), id).orElseThrow().path("status").asText())
        .isEqualTo("WITHDRAWN");
    assertThat(journeys.listed(hall.supervisor(), id).orElseThrow().path("status").asText())
        .isEqualTo("WITHDRAWN");
    Api.Response progress =
        Api.anonymous(http)
            .get(
                "/api/progress?number="
                    + application.path("number").asText()
                    + "&queryCode="
                    + application.path("queryCode").asText());
    assertThat(progress.status()).as(progress.toString()).isEqualTo(200);
    assertThat(progress.text("status")).isEqualTo("WITHDRAWN");
    assertThat(absent(progress.body().path("step"))).isTrue();

    assertThat(openWork(id)).isZero();
    for (String clerk : List.of(hall.clerk(), hall.reviewer(), hall.approver())) {
      assertThat(journeys.findTask(clerk, id)).isEmpty();
    }
    assertEngineClean(id);
    HistoricProcessInstance approval =
        history
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(StandardApproval.PROCESS_KEY)
            .processInstanceBusinessKey(id)
            .singleResult();
    assertThat(
            history
                .createHistoricActivityInstanceQuery()
                .processInstanceId(approval.getId())
                .activityId(StandardApproval.END_WITHDRAWN)
                .finished()
                .count())
        .isOne();
    assertThat(approval.getEndTime()).isNotNull();

    List<JsonNode> records = audit(id);
    JsonNode record = records.get(records.size() - 1);
    assertThat(record.path("action").asText()).isEqualTo("WITHDRAWN");
    assertThat(record.path("actor").asText()).isEqualTo(hall.enterprise());
    assertThat(record.path("reason").asText()).isEqualTo(REASON);
  }

  /** No instance, task, job (timer) or message subscription of any process of the application. */
  private void assertEngineClean(String id) {
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count())
        .isZero();
    for (String table : List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_EVENT_SUBSCR")) {
      assertThat(rowsOfInstances(table, "PROC_INST_ID_", id)).as(table).isZero();
    }
    assertThat(jobsOf(id)).as("ACT_RU_JOB").isZero();
    assertThat(new WarningTimerJobs(jdbc, management).of(id)).as("warning timers").isEmpty();
  }

  private void assertClockStopped(JsonNode withdrawn, String at) {
    JsonNode clock = withdrawn.path("clock");
    assertThat(clock.path("finished").asBoolean()).isTrue();
    assertThat(clock.path("paused").asBoolean()).isFalse();
    List<String> ends = new ArrayList<>();
    clock
        .path("segments")
        .forEach(
            s -> {
              if (!"EXTENDED".equals(s.path("kind").asText())) {
                ends.add(s.path("endedAt").asText(null));
              }
            });
    assertThat(ends).doesNotContainNull().last().isEqualTo(at);
    String stoppedOn = at.substring(0, 10);
    assertThat(
            jdbc.queryForObject(
                "SELECT finished_on FROM application_clock WHERE application_id = ?",
                String.class,
                withdrawn.path("id").asText()))
        .isEqualTo(stoppedOn);
  }

  /** Jobs (timers included) of every process instance the application ever had. */
  private int jobsOf(String id) {
    return rowsOfInstances("ACT_RU_JOB", "PROCESS_INSTANCE_ID_", id);
  }

  private int rowsOfInstances(String table, String column, String id) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM "
            + table
            + " WHERE "
            + column
            + " IN (SELECT ID_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ?)",
        Integer.class,
        id);
  }

  private int openWork(String id) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM work_task WHERE application_id = ? AND completed_at IS NULL",
        Integer.class,
        id);
  }

  private int openWorkOf(String id, String taskKey) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM work_task"
            + " WHERE application_id = ? AND task_key = ? AND completed_at IS NULL",
        Integer.class,
        id,
        taskKey);
  }

  private long decidedCount() {
    return jdbc.queryForObject(
        "SELECT COALESCE(SUM(applications), 0) FROM finished_duration WHERE item_code = ?",
        Long.class,
        hall.committedItem());
  }

  private List<JsonNode> audit(String id) {
    return new AuditTrails(journeys.as(hall.supervisor())).find("applicationId=" + id);
  }

  /** The withdrawal notice of the application in the user's inbox. */
  private Optional<JsonNode> notice(String username, String id) {
    Api.Response inbox = journeys.as(username).get("/api/notifications?size=100");
    assertThat(inbox.status()).isEqualTo(200);
    for (JsonNode notice : inbox.body().path("content")) {
      if (id.equals(notice.path("applicationId").asText())
          && "APPLICATION_WITHDRAWN".equals(notice.path("kind").asText())) {
        assertThat(notice.path("body").asText()).contains(REASON);
        return Optional.of(notice);
      }
    }
    return Optional.empty();
  }

  /** The withdrawn application's old task can be neither claimed nor completed. */
  private void assertTaskRefused(String clerk, String taskId, String number) {
    Api api = journeys.as(clerk);
    Api.Response completed =
        api.post("/api/tasks/" + taskId + "/complete", Api.complete("ACCEPT", null));
    assertThat(completed.status()).as(completed.toString()).isEqualTo(409);
    assertThat(completed.code()).isEqualTo("TASK_APPLICATION_WITHDRAWN");
    assertThat(completed.body().path("detail").asText()).contains(number);
    Api.Response claimed = api.post("/api/tasks/" + taskId + "/claim", null);
    assertThat(claimed.status()).isEqualTo(409);
    assertThat(claimed.code()).isEqualTo("TASK_APPLICATION_WITHDRAWN");
  }
}
