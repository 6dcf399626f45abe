package org.yingzai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.yingzai.catalog.LimitUnit;
import org.yingzai.clock.TestYear2027;
import org.yingzai.clock.WorkingCalendar;
import org.yingzai.db.EmbeddedMariaDb;
import org.yingzai.shared.Sha256;
import org.yingzai.support.Api;
import org.yingzai.support.ApprovalDriver;
import org.yingzai.support.CuttingProxy;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Files;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.ObjectStore;
import org.yingzai.support.WebSession;
import org.yingzai.support.WithHall;

/**
 * Two service-hall nodes on one database, as behind a load balancer without sticky sessions: node A
 * is this test's own service hall, node B a second application context in the same JVM with the
 * same settings (but its name), on the same database, reached through a proxy. Both run the
 * engine's job executor; the engine's clock ({@code ClockUtil}) is the JVM's, so the same for both.
 *
 * <p>Node B is killed by closing its proxy: every connection it holds to the database is cut at
 * once and no new one gets through, as when its machine dies or its cable is pulled, so whatever it
 * was doing is rolled back by the database and the jobs it had locked stay locked under its name
 * until their lock times out; then its context is closed in the background, unwaited.
 *
 * <p>The number of applications is {@code -Dyingzai.two-nodes.applications} (100 in the normal
 * build, 1,000 in the {@code two-nodes} profile that CI runs).
 */
@WithHall
// node B reaches this test's own database of the embedded server through a proxy
@DisabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+")
@TestPropertySource(properties = {"camunda.bpm.generic-properties.properties.hostname=node-a"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// node A's job executor must not outlive the class
@DirtiesContext
class TwoNodesTest {

  private static final int APPLICATIONS = Integer.getInteger("yingzai.two-nodes.applications", 100);
  private static final int CLIENTS = 4;
  private static final Duration PHASE = Duration.ofMinutes(5);

  /** What both nodes are configured with, besides the database: the same for every node. */
  private static final Map<String, String> NODE =
      Map.of(
          "camunda.bpm.job-execution.enabled", "true",
          // an idle executor looks for due jobs at least every second
          "camunda.bpm.job-execution.wait-time-in-millis", "100",
          "camunda.bpm.job-execution.max-wait", "1000",
          "spring.datasource.hikari.maximum-pool-size", "12",
          // a node cut off from the database gives up a request within seconds
          "spring.datasource.hikari.connection-timeout", "2000",
          "yingzai.shared-versions.refresh-every", "PT0.5S",
          // the anchor's schedule is there on both nodes, run by the test rather than by its cron
          "yingzai.audit.daily-anchor", "true",
          "yingzai.audit.anchor-cron", "0 0 0 29 2 ?");

  private static final String BUCKET = "two-nodes";
  private static final ObjectStore files = ObjectStore.server();

  private static String url;
  private static CuttingProxy proxy;

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry properties) throws IOException {
    EmbeddedMariaDb server = EmbeddedMariaDb.start(null);
    url = server.createDatabase("yingzai_two_nodes");
    files.bucket(BUCKET);
    proxy = new CuttingProxy(server.port());
    properties.add("spring.datasource.url", () -> url);
    properties.add("spring.datasource.username", () -> EmbeddedMariaDb.USERNAME);
    properties.add("spring.datasource.password", server::password);
    NODE.forEach((name, value) -> properties.add(name, () -> value));
    // files in one object store; each node has a folder of its own, so none passes through a folder
    files.properties(BUCKET).forEach((name, value) -> properties.add(name, () -> value));
    properties.add("yingzai.files.dir", () -> "target/two-nodes/files-a");
  }

  Hall hall;
  Journeys journeys;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationContext nodeA;

  private ConfigurableApplicationContext nodeB;
  private TestRestTemplate httpB;
  private Journeys journeysB;
  private Thread closingB;

  @BeforeAll
  void startNodeB() {
    // started once node A has migrated the database
    List<String> arguments = new ArrayList<>();
    arguments.add("--spring.profiles.active=local,test");
    arguments.add(
        "--spring.datasource.url="
            + url.replace(
                ":" + EmbeddedMariaDb.start(null).port() + "/", ":" + proxy.port() + "/"));
    arguments.add("--spring.datasource.username=" + EmbeddedMariaDb.USERNAME);
    arguments.add("--spring.datasource.password=" + EmbeddedMariaDb.start(null).password());
    arguments.add("--server.address=127.0.0.1");
    arguments.add("--server.port=0");
    arguments.add("--camunda.bpm.process-engine-name=nodeB");
    arguments.add("--camunda.bpm.generic-properties.properties.hostname=node-b");
    NODE.forEach((name, value) -> arguments.add("--" + name + "=" + value));
    arguments.addAll(files.arguments(BUCKET));
    arguments.add("--yingzai.files.dir=target/two-nodes/files-b");
    nodeB =
        new SpringApplicationBuilder(YingzaiApplication.class)
            .run(arguments.toArray(String[]::new));
    int port = ((ServletWebServerApplicationContext) nodeB).getWebServer().getPort();
    httpB = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://127.0.0.1:" + port));
    journeysB = new Journeys(httpB, hall);
  }

  @AfterAll
  void stopNodeB() throws Exception {
    if (closingB == null) {
      nodeB.close();
    } else {
      closingB.join(Duration.ofSeconds(30).toMillis());
    }
    proxy.close();
  }

  @Test
  @Order(1)
  void aSessionLoggedInOnOneNodeIsServedWithItsTokenByTheOther() {
    WebSession onA = journeys.web(hall.enterprise());
    WebSession onB = onA.on(httpB);

    WebSession.Page settings = onB.get("/inbox/settings");
    assertThat(settings.status()).isEqualTo(200);
    assertThat(settings.html()).contains("name=\"_csrf\"").contains("name=\"email\"");
    // the form's token is checked on B against the session A made
    WebSession.Page forged =
        onB.postWithToken(
            "/inbox/settings", Map.of("email", "forged@example.cn", "emailEnabled", "true"), "x");
    assertThat(forged.status()).isEqualTo(403);
    WebSession.Page saved =
        onB.post(
            "/inbox/settings",
            Map.of("email", "two-nodes@example.cn", "emailEnabled", "true", "mobile", ""));
    assertThat(saved.status()).isEqualTo(302);
    assertThat(saved.location()).endsWith("/inbox/settings?saved");
    assertThat(onA.get("/inbox/settings?saved").html()).contains("two-nodes@example.cn");

    // logged out on B: A no longer knows the session either
    assertThat(onB.post("/logout", Map.of()).status()).isEqualTo(302);
    WebSession.Page afterLogout = onA.get("/inbox/settings");
    assertThat(afterLogout.status()).isEqualTo(302);
    assertThat(afterLogout.location()).contains("/login");
  }

  @Test
  @Order(1)
  void aFileUploadedOnOneNodeIsDownloadedOnTheOtherWithTheSameSha256() {
    Api applicant = journeys.as(hall.enterprise());
    Api.Response draft =
        applicant.post(
            "/api/applications",
            Map.of("itemCode", hall.committedItem(), "form", Map.of("projectName", "两个节点")));
    assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
    String id = draft.text("id");
    byte[] content = Files.pdf("uploaded on node A");
    Api.Response uploaded =
        applicant.upload("/api/applications/" + id + "/materials", "M03", "m03.pdf", content);
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    assertThat(uploaded.text("sha256")).isEqualTo(Sha256.of(content));
    // the bytes are in the bucket, not in a folder of node A's
    assertThat(files.client().listObjectsV2(list -> list.bucket(BUCKET)).contents())
        .anySatisfy(object -> assertThat(object.key()).contains(Sha256.of(content)));

    ResponseEntity<byte[]> downloaded =
        httpB
            .withBasicAuth(hall.enterprise(), Hall.PASSWORD)
            .getForEntity(
                "/api/applications/" + id + "/materials/" + uploaded.body().path("id").asLong(),
                byte[].class);
    assertThat(downloaded.getStatusCode().value()).isEqualTo(200);
    assertThat(Sha256.of(downloaded.getBody())).isEqualTo(Sha256.of(content));
  }

  @Test
  @Order(2)
  void theSameLockedScheduleRunAtOnceOnBothNodesRunsOnce() throws Exception {
    Runnable onA = anchorSchedule(nodeA);
    Runnable onB = anchorSchedule(nodeB);
    long anchorsBefore = count("SELECT COUNT(*) FROM audit_anchor");

    CyclicBarrier together = new CyclicBarrier(2);
    List<Thread> runs = new ArrayList<>();
    for (Runnable schedule : List.of(onA, onB)) {
      Thread run =
          new Thread(
              () -> {
                try {
                  together.await(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
                schedule.run();
              });
      run.start();
      runs.add(run);
    }
    for (Thread run : runs) {
      run.join(Duration.ofSeconds(60).toMillis());
    }

    assertThat(count("SELECT COUNT(*) FROM audit_anchor")).isEqualTo(anchorsBefore + 1);
    assertThat(count("SELECT COUNT(*) FROM shedlock WHERE name = 'audit-anchor'")).isEqualTo(1);
    // and again on either node while the lock holds: nothing more
    onB.run();
    onA.run();
    assertThat(count("SELECT COUNT(*) FROM audit_anchor")).isEqualTo(anchorsBefore + 1);
  }

  @Test
  @Order(3)
  void aCalendarChangedOnOneNodeCountsOnTheOtherPromptly() {
    WorkingCalendar calendarB = nodeB.getBean(WorkingCalendar.class);
    LocalDate monday = LocalDate.of(2027, 1, 4);
    assertThat(calendarB.isWorkingDay(monday)).isTrue();
    LocalDate dueBefore =
        calendarB.deadline(LocalDate.of(2026, 12, 31), 3, LimitUnit.WORKING_DAYS).day();
    assertThat(dueBefore).isEqualTo("2027-01-05");

    assertThat(TestYear2027.publish(journeys, hall.admin()).status()).isEqualTo(201);
    try {
      awaitWallClock(
          "node B counts Jan 4 off", Duration.ofSeconds(10), () -> !calendarB.isWorkingDay(monday));
      assertThat(calendarB.deadline(LocalDate.of(2026, 12, 31), 3, LimitUnit.WORKING_DAYS).day())
          .isEqualTo("2027-01-08");
    } finally {
      assertThat(TestYear2027.withdraw(journeysB, hall.admin())).isEqualTo(204);
    }
    // withdrawn on B: A follows
    WorkingCalendar calendarA = nodeA.getBean(WorkingCalendar.class);
    awaitWallClock(
        "node A counts Jan 4 a working day again",
        Duration.ofSeconds(10),
        () -> calendarA.isWorkingDay(monday));
  }

  /**
   * Applications go through the nodes in turn, each step on the other node than the one before;
   * their step and warning timers fall due while both nodes run; then node B is killed in the
   * middle of a round of due timers and node A finishes everything.
   */
  @Test
  @Order(4)
  void applicationsAndTheirTimersGoThroughBothNodesAndOneFinishesWhatTheKilledOneLeft() {
    EngineTime.at("2026-03-02T09:00:00+08:00");
    List<Journeys> nodes = List.of(journeys, journeysB);
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < APPLICATIONS; i++) {
      indexes.add(i);
    }
    List<String> numbers = Collections.synchronizedList(new ArrayList<>());
    long began = System.nanoTime();

    // made and submitted on one node, accepted on the other
    ApprovalDriver.Round submittedAndAccepted =
        ApprovalDriver.run(
            indexes,
            CLIENTS,
            i -> {
              Journeys x = nodes.get(i % 2);
              Journeys y = nodes.get((i + 1) % 2);
              String number = submit(x);
              numbers.add(number);
              complete(y.as(hall.clerk()), number, "ACCEPT", "ACCEPT");
            });
    assertThat(numbers).doesNotHaveDuplicates().hasSize(APPLICATIONS);
    awaitNoDueJob("the timers due at acceptance");
    assertTasksMatch("accepted");

    // the review's last day: the review steps turn YELLOW
    long timersBegan = System.nanoTime();
    EngineTime.at("2026-03-09T09:00:00+08:00");
    awaitNoDueJob("the review steps' YELLOW timers");
    // past it, and within the promised limit's last two days: the review steps turn RED, the
    // applications YELLOW
    EngineTime.at("2026-03-11T09:00:00+08:00");
    awaitNoDueJob("the review steps' RED timers and the applications' YELLOW timers");
    long reviewTimers = System.nanoTime() - timersBegan;
    assertTasksMatch("past the review's limit");

    // reviewed on the node that did not accept
    ApprovalDriver.run(
        indexes,
        CLIENTS,
        i -> complete(nodes.get(i % 2).as(hall.reviewer()), numbers.get(i), "REVIEW", "PASS"));
    assertTasksMatch("reviewed");

    // the decision's last day, past the promised deadline: the decision steps turn YELLOW, the
    // applications RED, and node B is killed mid-way
    long killRoundBegan = System.nanoTime();
    int ranByBBefore = ranBy("node-b");
    EngineTime.at("2026-03-13T09:00:00+08:00");
    int dueAtKill = dueJobs();
    // node B looks for the round's jobs at once instead of after its idle wait: with the normal
    // build's 100 applications node A could run the whole round before B looked
    nodeB.getBean(ProcessEngineConfigurationImpl.class).getJobExecutor().jobWasAdded();
    awaitWallClock(
        "node B to run a tenth of the round",
        PHASE,
        () -> ranBy("node-b") - ranByBBefore >= dueAtKill / 10);
    String lockOwnerB = lockOwner(nodeB);
    MeterRegistry metersB = nodeB.getBean(MeterRegistry.class);
    kill();
    int ranByB = ranBy("node-b") - ranByBBefore;
    int lockedByB = count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE LOCK_OWNER_ = ?", lockOwnerB);

    // A runs what is free; what B had locked waits for its lock to time out
    awaitWallClock(
        "node A to run every due job not locked by B",
        PHASE,
        () ->
            count(
                    "SELECT COUNT(*) FROM ACT_RU_JOB WHERE DUEDATE_ <= ?"
                        + " AND (LOCK_OWNER_ IS NULL OR LOCK_OWNER_ <> ?)",
                    ClockUtil.getCurrentTime(),
                    lockOwnerB)
                == 0);
    assertThat(count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE LOCK_OWNER_ = ?", lockOwnerB))
        .isEqualTo(lockedByB);
    EngineTime.at("2026-03-13T09:10:00+08:00");
    awaitNoDueJob("the jobs node B had locked, on node A");
    long killRound = System.nanoTime() - killRoundBegan;

    // past the decision's limit: the decision steps turn RED, on the node that is left
    EngineTime.at("2026-03-16T09:00:00+08:00");
    awaitNoDueJob("the decision steps' RED timers");

    // decided on the node that is left
    ApprovalDriver.run(
        indexes,
        CLIENTS,
        i -> {
          Api.Response decided =
              complete(journeys.as(hall.approver()), numbers.get(i), "DECIDE", "APPROVE");
          assertThat(decided.text("applicationStatus")).isEqualTo("APPROVED");
        });
    awaitNoDueJob("after the decisions");
    long total = System.nanoTime() - began;
    System.out.printf(
        "%d applications on two nodes: submitted and accepted in %d ms (%.1f/s);"
            + " review and warning timers in %d ms; %d jobs due in the round node B was killed in,"
            + " %d run by B before, %d left locked by it; that round done in %d ms; %d timers run"
            + " (%d on A, %d on B); all in %d ms%n",
        APPLICATIONS,
        submittedAndAccepted.nanos() / 1_000_000,
        submittedAndAccepted.perSecond(),
        reviewTimers / 1_000_000,
        dueAtKill,
        ranByB,
        lockedByB,
        killRound / 1_000_000,
        timersRun(),
        ranBy("node-a"),
        ranBy("node-b"),
        total / 1_000_000);

    // every application decided once, under a number of its own, with nothing left running
    assertThat(count("SELECT COUNT(*) FROM application WHERE item_code = ?", hall.quickItem()))
        .isEqualTo(APPLICATIONS);
    assertThat(
            count(
                "SELECT COUNT(DISTINCT number) FROM application"
                    + " WHERE item_code = ? AND status = 'APPROVED'",
                hall.quickItem()))
        .isEqualTo(APPLICATIONS);
    assertThat(count("SELECT COUNT(*) FROM ACT_RU_EXECUTION")).isZero();
    assertThat(count("SELECT COUNT(*) FROM ACT_RU_JOB")).isZero();
    assertThat(count("SELECT COUNT(*) FROM ACT_RU_INCIDENT")).isZero();

    // three tasks each, worked once: the queue's rows are Camunda's tasks
    assertThat(
            count(
                "SELECT COUNT(*) FROM ACT_HI_TASKINST t JOIN ACT_HI_PROCINST p"
                    + " ON p.PROC_INST_ID_ = t.PROC_INST_ID_ AND p.PROC_DEF_KEY_ = 'standard-approval'"))
        .isEqualTo(3 * APPLICATIONS);
    assertThat(
            count(
                "SELECT COUNT(*) FROM work_task w JOIN ACT_HI_TASKINST t ON t.ID_ = w.task_id"
                    + " WHERE w.completed_at IS NOT NULL AND t.END_TIME_ IS NOT NULL"
                    + " AND t.DELETE_REASON_ = 'completed'"))
        .isEqualTo(3 * APPLICATIONS);
    assertThat(count("SELECT COUNT(*) FROM work_task")).isEqualTo(3 * APPLICATIONS);

    // every timer fired once: each job succeeded at most once, the levels changed once each
    assertThat(
            count(
                "SELECT COUNT(*) FROM (SELECT JOB_ID_ FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2"
                    + " GROUP BY JOB_ID_ HAVING COUNT(*) > 1) twice"))
        .isZero();
    int timersRun = timersRun();
    assertThat(
            jdbc.queryForList(
                "SELECT CONCAT(level_from, '>', level_to) FROM warning_event"
                    + " WHERE cause = 'TIMER' GROUP BY application_id, level_from, level_to"
                    + " HAVING COUNT(*) > 1",
                String.class))
        .isEmpty();
    assertThat(count("SELECT COUNT(*) FROM warning_event WHERE cause = 'TIMER'"))
        .isEqualTo(2 * APPLICATIONS);
    assertThat(count("SELECT COUNT(*) FROM step_warning_event WHERE cause = 'TIMER'"))
        .isEqualTo(
            count(
                "SELECT COUNT(DISTINCT task_id, level_to) FROM step_warning_event"
                    + " WHERE cause = 'TIMER'"));
    for (String step : List.of("REVIEW", "DECIDE")) {
      for (String level : List.of("YELLOW", "RED")) {
        assertThat(
                count(
                    "SELECT COUNT(*) FROM step_warning_event"
                        + " WHERE cause = 'TIMER' AND step = ? AND level_to = ?",
                    step,
                    level))
            .as("%s turned %s", step, level)
            .isEqualTo(APPLICATIONS);
      }
    }
    // what each node measured of the step timers it ran and saw committed (the engine's job log
    // holds those, not the clocks' warning timers): all of A's; of B's, all but those whose commit
    // reached the database as B was cut off, before B heard of it
    double firedA = firedTimers(nodeA.getBean(MeterRegistry.class), "step");
    double firedB = firedTimers(metersB, "step");
    assertThat(firedA).isEqualTo(ranBy("node-a"));
    assertThat(firedB).isPositive().isBetween(ranBy("node-b") - 12.0, (double) ranBy("node-b"));
    assertThat(firedA + firedB).isLessThanOrEqualTo(timersRun);
    // the warning timers each node measured are at most the levels they changed, once each
    assertThat(
            firedTimers(nodeA.getBean(MeterRegistry.class), "warning")
                + firedTimers(metersB, "warning"))
        .isPositive()
        .isLessThanOrEqualTo(2.0 * APPLICATIONS);
  }

  private String submit(Journeys node) {
    Api applicant = node.as(hall.enterprise());
    Api.Response created =
        applicant.post(
            "/api/applications",
            Map.of("itemCode", hall.quickItem(), "form", Map.of("projectName", "两个节点")));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.text("id");
    HttpHeaders key = new HttpHeaders();
    key.set("Idempotency-Key", "two-nodes-" + id);
    Api.Response submitted = applicant.post("/api/applications/" + id + "/submit", null, key);
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    return submitted.text("number");
  }

  // as a clerk works: the queue filtered by step, item and number, then the task it shows
  private Api.Response complete(Api user, String number, String step, String outcome) {
    Api.Response tasks =
        user.get("/api/tasks?step=" + step + "&itemCode=" + hall.quickItem() + "&number=" + number);
    assertThat(tasks.status()).as(tasks.toString()).isEqualTo(200);
    JsonNode content = tasks.body().path("content");
    assertThat(content.size()).as(tasks.toString()).isEqualTo(1);
    Api.Response completed =
        user.post(
            "/api/tasks/" + content.get(0).path("id").asText() + "/complete",
            Api.complete(outcome, null));
    assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
    return completed;
  }

  /** The open rows of the work queue are exactly the engine's open tasks, one per application. */
  private void assertTasksMatch(String when) {
    assertThat(
            jdbc.queryForList(
                "SELECT task_id FROM work_task WHERE completed_at IS NULL ORDER BY task_id",
                String.class))
        .as(when)
        .hasSize(APPLICATIONS)
        .isEqualTo(jdbc.queryForList("SELECT ID_ FROM ACT_RU_TASK ORDER BY ID_", String.class));
    assertThat(
            count(
                "SELECT COUNT(DISTINCT application_id) FROM work_task WHERE completed_at IS NULL"))
        .as(when)
        .isEqualTo(APPLICATIONS);
  }

  private void kill() {
    try {
      proxy.close();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    closingB = new Thread(nodeB::close, "closing-node-b");
    closingB.setDaemon(true);
    closingB.start();
  }

  private static Runnable anchorSchedule(ApplicationContext node) {
    for (ScheduledTaskHolder holder : node.getBeansOfType(ScheduledTaskHolder.class).values()) {
      for (ScheduledTask task : holder.getScheduledTasks()) {
        if (task.getTask().getRunnable().toString().contains("anchorDaily")) {
          return task.getTask().getRunnable();
        }
      }
    }
    throw new AssertionError("No audit anchor schedule on " + node.getId());
  }

  private static String lockOwner(ApplicationContext node) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl)
            node.getBean(ProcessEngine.class).getProcessEngineConfiguration();
    return configuration.getJobExecutor().getLockOwner();
  }

  private static double firedTimers(MeterRegistry meters, String kind) {
    return meters.find("yingzai.timers.lag").tag("timer", kind).timers().stream()
        .mapToLong(t -> t.count())
        .sum();
  }

  private int ranBy(String hostname) {
    return count(
        "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2 AND JOB_DEF_TYPE_ LIKE 'timer%'"
            + " AND HOSTNAME_ = ?",
        hostname);
  }

  private int timersRun() {
    return count(
        "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2 AND JOB_DEF_TYPE_ LIKE 'timer%'");
  }

  private int dueJobs() {
    return count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE DUEDATE_ <= ?", ClockUtil.getCurrentTime());
  }

  private void awaitNoDueJob(String what) {
    awaitWallClock(
        what,
        PHASE,
        () -> {
          int failed = count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE EXCEPTION_MSG_ IS NOT NULL");
          assertThat(failed).as("failed jobs while waiting for %s", what).isZero();
          return dueJobs() == 0;
        });
  }

  /** Waits, by the wall clock, for the job executors or the refresh of a node's copy. */
  private static void awaitWallClock(String what, Duration timeout, BooleanSupplier done) {
    long end = System.nanoTime() + timeout.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("Waited " + timeout + " in vain for " + what);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private int count(String sql, Object... arguments) {
    Integer count = jdbc.queryForObject(sql, Integer.class, arguments);
    return count == null ? 0 : count;
  }
}
