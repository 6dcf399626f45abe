package org.yingzai.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yingzai.db.EmbeddedMariaDb;
import org.yingzai.support.Api;
import org.yingzai.support.Hall;
import org.yingzai.support.WithHall;

/**
 * Mixed load over HTTP for {@code soak.minutes} (default 30) with the embedded MariaDB stopped for
 * {@link #OUTAGE} at half time: enterprises create, upload, consent and submit; clerks take their
 * queue's tasks through accept, review and decide; a supervisor and an enterprise read lists. Every
 * failed write is tried again as a careful integrator would (the same Idempotency-Key where the API
 * has one). Afterwards the database is searched for lost and duplicated work. Not part of the
 * normal build: {@code ./mvnw -B -Pbenchmark verify -pl backend -am -Dtest=SoakBenchmark}.
 */
@Tag("benchmark")
@WithHall
// the outage stops the embedded server; an external database is not the benchmark's to stop
@DisabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+")
class SoakBenchmark {

  private static final Duration OUTAGE = Duration.ofSeconds(25);
  private static final Duration RECOVERY = Duration.ofMinutes(1);
  private static final int ENTERPRISE_THREADS = 3;
  private static final Duration APPLICATION_PACE = Duration.ofSeconds(2);
  private static final Duration CLERK_PAUSE = Duration.ofMillis(200);
  private static final Duration READER_PAUSE = Duration.ofMillis(500);
  private static final int MAX_ATTEMPTS = 40;

  @DynamicPropertySource
  static void ownDatabaseWithTheJobExecutor(DynamicPropertyRegistry properties) {
    EmbeddedMariaDb server = EmbeddedMariaDb.start(null);
    String url = server.createDatabase("yingzai_soak");
    properties.add("spring.datasource.url", () -> url);
    properties.add("spring.datasource.username", () -> EmbeddedMariaDb.USERNAME);
    properties.add("spring.datasource.password", () -> EmbeddedMariaDb.start(null).password());
    // timers and jobs run by the engine's own executor, as in production
    properties.add("camunda.bpm.job-execution.enabled", () -> "true");
  }

  Hall hall;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate http;

  private final Stats stats = new Stats();
  private final Map<String, String> submitted = new ConcurrentHashMap<>();
  private final Set<String> created = ConcurrentHashMap.newKeySet();
  private final Queue<Completion> completions = new ConcurrentLinkedQueue<>();
  private final Queue<Double> loads = new ConcurrentLinkedQueue<>();
  private volatile boolean running = true;
  private volatile long outageStart;
  private volatile long outageEnd;

  /** A completion the service hall answered 200. */
  record Completion(
      String taskId, String applicationId, String taskKey, String clerk, String outcome) {}

  enum Phase {
    BEFORE("before"),
    DURING("outage and its first minute after"),
    AFTER("after");

    final String label;

    Phase(String label) {
      this.label = label;
    }
  }

  @Test
  void mixedLoadWithADatabaseRestartLosesAndDuplicatesNothing() throws Exception {
    Duration length = Duration.ofMinutes(Long.getLong("soak.minutes", 30));
    String item = hall.committedItem();
    List<Runnable> workers = new ArrayList<>();
    try (CloseableHttpClient client = httpClient()) {
      TestRestTemplate base = new TestRestTemplate(builder(client));
      for (int i = 0; i < ENTERPRISE_THREADS; i++) {
        String enterprise = i % 2 == 0 ? hall.enterprise() : hall.otherEnterprise();
        Api api = Api.as(base, enterprise, Hall.PASSWORD);
        workers.add(() -> apply(api, item));
      }
      clerk(workers, base, hall.clerk(), "accept", "ACCEPT");
      clerk(workers, base, hall.colleague("acceptor", "accept"), "accept", "ACCEPT");
      clerk(workers, base, hall.reviewer(), "review", "PASS");
      clerk(workers, base, hall.colleague("reviewer2", "review"), "review", "PASS");
      clerk(workers, base, hall.approver(), "decide", "APPROVE");
      clerk(workers, base, hall.colleague("approver2", "decide"), "decide", "APPROVE");
      Api supervisor = Api.as(base, hall.supervisor(), Hall.PASSWORD);
      Api reader = Api.as(base, hall.enterprise(), Hall.PASSWORD);
      workers.add(() -> read(supervisor, reader));

      ExecutorService pool = Executors.newFixedThreadPool(workers.size());
      long started = System.nanoTime();
      long end = started + length.toNanos();
      workers.forEach(worker -> pool.submit(() -> loop(worker)));
      EmbeddedMariaDb server = EmbeddedMariaDb.start(null);
      long nextLoad = started;
      while (System.nanoTime() < end) {
        if (outageStart == 0 && System.nanoTime() >= started + length.toNanos() / 2) {
          outageStart = System.nanoTime();
          server.restart(OUTAGE);
          outageEnd = System.nanoTime();
        }
        if (System.nanoTime() >= nextLoad) {
          loads.add(loadAverage());
          nextLoad += Duration.ofSeconds(30).toNanos();
        }
        Thread.sleep(1_000);
      }
      running = false;
      pool.shutdown();
      assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
      long stopped = System.nanoTime();

      Checks checks = check(item, supervisor);
      String report = report(started, stopped, checks);
      Path out = Path.of("target", "benchmarks", "soak.md");
      Files.createDirectories(out.getParent());
      Files.writeString(out, report);
      System.out.println(report);

      assertThat(checks.problems()).as(report).isEmpty();
      assertThat(submitted).isNotEmpty();
      assertThat(completions).extracting(Completion::outcome).contains("APPROVE");
    }
  }

  private void clerk(
      List<Runnable> workers,
      TestRestTemplate base,
      String username,
      String taskKey,
      String outcome) {
    Api api = Api.as(base, username, Hall.PASSWORD);
    workers.add(() -> work(api, username, taskKey, outcome));
  }

  private void loop(Runnable worker) {
    while (running) {
      try {
        worker.run();
      } catch (RuntimeException | AssertionError e) {
        stats.failure(phase(System.nanoTime()), "client", e.getClass().getSimpleName());
        pause(Duration.ofSeconds(1));
      }
    }
  }

  /** An enterprise's application: a draft, its materials, its shared evidence, the submission. */
  private void apply(Api enterprise, String item) {
    long began = System.nanoTime();
    HttpHeaders createKey = key("soak-create-" + UUID.randomUUID());
    Api.Response draft =
        retried(
            "POST /api/applications",
            () ->
                enterprise.post(
                    "/api/applications",
                    Map.of("itemCode", item, "form", Map.of("projectName", "压力测试项目")),
                    createKey));
    if (draft == null || draft.status() != 201) {
      return;
    }
    String id = draft.text("id");
    created.add(id);
    for (JsonNode missing : draft.body().path("missingMaterials")) {
      upload(enterprise, id, missing.path("code").asText());
    }
    for (JsonNode pending : draft.body().path("pendingProofs")) {
      String code = pending.path("code").asText();
      String evidence = "/api/applications/" + id + "/evidence/" + code;
      Api.Response preview =
          retried("POST …/evidence/…/preview", () -> enterprise.post(evidence + "/preview", null));
      if (preview == null || preview.status() != 200) {
        return;
      }
      if ("FOUND".equals(preview.body().path("outcome").asText())) {
        long previewId = preview.body().path("id").asLong();
        retried(
            "POST …/evidence/…/consent",
            () -> enterprise.post(evidence + "/consent", Map.of("previewId", previewId)));
      } else {
        upload(enterprise, id, code);
      }
    }
    HttpHeaders submitKey = key("soak-submit-" + id);
    Api.Response answer =
        retried(
            "POST …/submit",
            () -> enterprise.post("/api/applications/" + id + "/submit", null, submitKey));
    if (answer != null && answer.status() == 200) {
      submitted.put(id, answer.text("number"));
    }
    pause(APPLICATION_PACE.minusNanos(System.nanoTime() - began));
  }

  private void upload(Api enterprise, String id, String code) {
    retried(
        "POST …/materials",
        () ->
            enterprise.upload(
                "/api/applications/" + id + "/materials",
                code,
                code + ".pdf",
                org.yingzai.support.Files.pdf(code)));
  }

  /** A clerk takes one task of their queue, picked at random so that colleagues meet. */
  private void work(Api clerk, String username, String taskKey, String outcome) {
    Api.Response queue = timed("GET /api/tasks", () -> clerk.get("/api/tasks?size=20"));
    List<JsonNode> tasks = new ArrayList<>();
    if (queue != null && queue.status() == 200) {
      queue.body().path("content").forEach(tasks::add);
      tasks.removeIf(task -> !taskKey.equals(task.path("taskKey").asText()));
    }
    if (tasks.isEmpty()) {
      pause(CLERK_PAUSE.multipliedBy(3));
      return;
    }
    JsonNode task = tasks.get(ThreadLocalRandom.current().nextInt(tasks.size()));
    String taskId = task.path("id").asText();
    Api.Response done =
        retried(
            "POST /api/tasks/…/complete",
            () -> clerk.post("/api/tasks/" + taskId + "/complete", Api.complete(outcome, null)));
    if (done != null && done.status() == 200) {
      completions.add(
          new Completion(taskId, task.path("applicationId").asText(), taskKey, username, outcome));
    }
    pause(CLERK_PAUSE);
  }

  /** The lists a supervisor and an enterprise keep open. */
  private void read(Api supervisor, Api enterprise) {
    timed("GET /api/supervision/overview", () -> supervisor.get("/api/supervision/overview"));
    pause(READER_PAUSE);
    timed("GET /api/applications", () -> supervisor.get("/api/applications?size=20"));
    pause(READER_PAUSE);
    timed("GET /api/applications", () -> enterprise.get("/api/applications?size=20"));
    pause(READER_PAUSE);
  }

  /**
   * The call, tried again after a 5xx answer, a lost connection or a key still in progress, with
   * the pause the answer asks for; null when it never got an answer.
   */
  private Api.Response retried(String kind, Supplier<Api.Response> call) {
    for (int attempt = 1; ; attempt++) {
      Api.Response answer = timed(kind, call);
      boolean again =
          answer == null
              || answer.status() >= 500
              || (answer.status() == 409 && "IDEMPOTENCY_IN_PROGRESS".equals(code(answer)));
      if (!again) {
        return answer;
      }
      if (attempt == MAX_ATTEMPTS) {
        stats.failure(phase(System.nanoTime()), kind, "gave up after " + MAX_ATTEMPTS);
        return answer;
      }
      pause(answer == null ? Duration.ofSeconds(1) : retryAfter(answer));
    }
  }

  private Api.Response timed(String kind, Supplier<Api.Response> call) {
    long began = System.nanoTime();
    Api.Response answer = null;
    String failure = null;
    try {
      answer = call.get();
    } catch (RuntimeException e) {
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      failure = "no answer: " + root.getClass().getSimpleName();
    }
    Phase phase = phase(began);
    stats.latency(kind, phase, (System.nanoTime() - began) / 1_000_000.0, answer);
    if (answer == null) {
      stats.failure(phase, kind, failure);
    } else if (answer.status() >= 400) {
      stats.failure(phase, kind, answer.status() + " " + code(answer));
    }
    return answer;
  }

  private Phase phase(long at) {
    if (outageStart == 0 || at < outageStart) {
      return Phase.BEFORE;
    }
    if (outageEnd == 0 || at < outageEnd + RECOVERY.toNanos()) {
      return Phase.DURING;
    }
    return Phase.AFTER;
  }

  private static String code(Api.Response answer) {
    try {
      return answer.code();
    } catch (IllegalStateException notJson) {
      return "(not JSON)";
    }
  }

  private static Duration retryAfter(Api.Response answer) {
    String header = answer.entity().getHeaders().getFirst(HttpHeaders.RETRY_AFTER);
    try {
      return Duration.ofSeconds(header == null ? 1 : Math.min(Long.parseLong(header), 5));
    } catch (NumberFormatException e) {
      return Duration.ofSeconds(1);
    }
  }

  private static HttpHeaders key(String key) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("Idempotency-Key", key);
    return headers;
  }

  private static void pause(Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      return;
    }
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  /** One HTTP client for all users, with room for every thread and no retries of its own. */
  private static CloseableHttpClient httpClient() {
    return HttpClients.custom()
        .disableAutomaticRetries()
        .setConnectionManager(
            PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(64)
                .setMaxConnPerRoute(64)
                .setDefaultConnectionConfig(
                    ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofSeconds(10))
                        .setSocketTimeout(Timeout.ofMinutes(2))
                        .build())
                .build())
        .build();
  }

  private RestTemplateBuilder builder(CloseableHttpClient client) {
    return new RestTemplateBuilder()
        .rootUri(http.getRootUri())
        .requestFactory(() -> new HttpComponentsClientHttpRequestFactory(client));
  }

  // ---- what the database says afterwards

  /** Findings of the checks, each a count with its examples. */
  record Checks(Map<String, List<String>> findings, Map<String, Long> statuses, String audit) {

    List<String> problems() {
      return findings.entrySet().stream()
          .filter(finding -> !finding.getValue().isEmpty())
          .map(finding -> finding.getKey() + ": " + finding.getValue())
          .toList();
    }
  }

  private Checks check(String item, Api supervisor) {
    Map<String, List<String>> findings = new LinkedHashMap<>();
    String processKey =
        jdbc.queryForObject(
            "SELECT process_key FROM service_item WHERE code = ?", String.class, item);

    // lost work
    List<String> lostSubmissions = new ArrayList<>();
    submitted.forEach(
        (id, number) -> {
          Map<String, Object> row =
              jdbc.queryForMap("SELECT status, number FROM application WHERE id = ?", id);
          if ("DRAFT".equals(row.get("status")) || !number.equals(row.get("number"))) {
            lostSubmissions.add(id + " " + row);
          }
        });
    findings.put("submissions answered 2xx but not submitted", lostSubmissions);
    findings.put(
        "applications submitted without their process instance",
        ids(
            "SELECT a.id FROM application a WHERE a.item_code = ? AND a.status <> 'DRAFT'"
                + " AND NOT EXISTS (SELECT 1 FROM ACT_HI_PROCINST p WHERE p.BUSINESS_KEY_ = a.id"
                + " AND p.PROC_DEF_KEY_ = ? AND p.ID_ = a.process_instance_id)",
            item,
            processKey));
    findings.put(
        "open applications without exactly one open task row",
        ids(
            "SELECT CONCAT(a.id, ' ', a.status, ' open rows ', COUNT(w.task_id))"
                + " FROM application a LEFT JOIN work_task w ON w.application_id = a.id"
                + " AND w.completed_at IS NULL WHERE a.item_code = ? AND a.status IN ('SUBMITTED',"
                + " 'UNDER_REVIEW', 'AWAITING_DECISION') GROUP BY a.id, a.status"
                + " HAVING COUNT(w.task_id) <> 1",
            item));
    findings.put(
        "open task rows without their engine task, or the other way round",
        ids(
            "SELECT CONCAT('row ', w.task_id) FROM work_task w JOIN application a"
                + " ON a.id = w.application_id WHERE a.item_code = ? AND w.completed_at IS NULL"
                + " AND NOT EXISTS (SELECT 1 FROM ACT_RU_TASK t WHERE t.ID_ = w.task_id)"
                + " UNION ALL SELECT CONCAT('engine ', t.ID_) FROM ACT_RU_TASK t"
                + " JOIN application a ON a.process_instance_id = t.PROC_INST_ID_"
                + " WHERE a.item_code = ? AND NOT EXISTS (SELECT 1 FROM work_task w"
                + " WHERE w.task_id = t.ID_ AND w.completed_at IS NULL)",
            item,
            item));
    findings.put(
        "finished applications with an open task row",
        ids(
            "SELECT DISTINCT a.id FROM application a JOIN work_task w ON w.application_id = a.id"
                + " WHERE a.item_code = ? AND a.status IN ('APPROVED', 'DENIED', 'NOT_ACCEPTED')"
                + " AND w.completed_at IS NULL",
            item));
    List<String> lostCompletions = new ArrayList<>();
    for (Completion done : completions) {
      List<Map<String, Object>> rows =
          jdbc.queryForList(
              "SELECT completed_by, outcome FROM work_task WHERE task_id = ?"
                  + " AND completed_at IS NOT NULL",
              done.taskId());
      Integer audited =
          jdbc.queryForObject(
              "SELECT COUNT(*) FROM audit_record WHERE object_type = 'task' AND object_id = ?"
                  + " AND action = 'COMPLETED'",
              Integer.class,
              done.taskId());
      if (rows.size() != 1
          || !done.clerk().equals(rows.get(0).get("completed_by"))
          || !done.outcome().equals(rows.get(0).get("outcome"))
          || audited != 1) {
        lostCompletions.add(done + " " + rows + " audited " + audited);
      }
    }
    findings.put("completions answered 200 but not recorded as done", lostCompletions);

    // duplicated work
    findings.put(
        "applications submitted more than once (audit)",
        ids(
            "SELECT r.application_id FROM audit_record r JOIN application a"
                + " ON a.id = r.application_id WHERE a.item_code = ? AND r.action = 'SUBMITTED'"
                + " GROUP BY r.application_id HAVING COUNT(*) > 1",
            item));
    findings.put(
        "business keys with more than one process instance of a kind",
        ids(
            "SELECT CONCAT(p.BUSINESS_KEY_, ' ', p.PROC_DEF_KEY_, ' x', COUNT(*))"
                + " FROM ACT_HI_PROCINST p JOIN application a ON a.id = p.BUSINESS_KEY_"
                + " WHERE a.item_code = ? GROUP BY p.BUSINESS_KEY_, p.PROC_DEF_KEY_"
                + " HAVING COUNT(*) > 1",
            item));
    findings.put(
        "steps done more than once",
        ids(
            "SELECT CONCAT(w.application_id, ' ', w.task_key, ' x', COUNT(*)) FROM work_task w"
                + " JOIN application a ON a.id = w.application_id WHERE a.item_code = ?"
                + " AND w.completed_at IS NOT NULL GROUP BY w.application_id, w.task_key"
                + " HAVING COUNT(*) > 1",
            item));
    findings.put(
        "doubled timeline entries",
        ids(
            "SELECT CONCAT(t.application_id, ' ', t.step, ' ', t.action, ' x', COUNT(*))"
                + " FROM timeline_entry t JOIN application a ON a.id = t.application_id"
                + " WHERE a.item_code = ? GROUP BY t.application_id, t.step, t.action"
                + " HAVING COUNT(*) > 1",
            item));
    findings.put(
        "doubled audit records of an action on one object",
        ids(
            "SELECT CONCAT(r.object_type, ':', r.object_id, ' ', r.action, ' x', COUNT(*))"
                + " FROM audit_record r JOIN application a ON a.id = r.application_id"
                + " WHERE a.item_code = ? AND r.action IN ('DRAFT_CREATED', 'SUBMITTED',"
                + " 'COMPLETED', 'EVIDENCE_CONSENTED', 'ACCEPTED_AUTOMATICALLY')"
                + " GROUP BY r.object_type, r.object_id, r.action HAVING COUNT(*) > 1",
            item));
    List<String> unknownDrafts =
        ids("SELECT id FROM application WHERE item_code = ?", item).stream()
            .filter(id -> !created.contains(id))
            .toList();
    findings.put("applications no client was told of (duplicated creations)", unknownDrafts);
    findings.put(
        "materials uploaded twice for one code",
        ids(
            "SELECT CONCAT(m.application_id, ' ', m.material_code, ' x', COUNT(*))"
                + " FROM application_material m JOIN application a ON a.id = m.application_id"
                + " WHERE a.item_code = ? GROUP BY m.application_id, m.material_code"
                + " HAVING COUNT(*) > 1",
            item));

    // the engine and the audit trail
    findings.put(
        "engine incidents",
        ids(
            "SELECT CONCAT(INCIDENT_TYPE_, ' ', COALESCE(INCIDENT_MSG_, '')) FROM ACT_RU_INCIDENT"));
    findings.put(
        "jobs that failed and wait for a retry",
        ids(
            "SELECT CONCAT(ID_, ' retries ', RETRIES_, ' ', COALESCE(EXCEPTION_MSG_, ''))"
                + " FROM ACT_RU_JOB WHERE EXCEPTION_MSG_ IS NOT NULL"));
    Api.Response verified = supervisor.get("/api/audit/verification");
    boolean valid = verified.status() == 200 && verified.body().path("valid").asBoolean();
    findings.put("audit chain broken", valid ? List.of() : List.of(verified.toString()));

    Map<String, Long> statuses = new TreeMap<>();
    jdbc.query(
        "SELECT status, COUNT(*) FROM application WHERE item_code = ? GROUP BY status",
        rs -> {
          statuses.put(rs.getString(1), rs.getLong(2));
        },
        item);
    String audit =
        valid
            ? "the whole chain verifies (" + verified.body().path("records").asLong() + " records)"
            : "broken: " + verified;
    return new Checks(findings, statuses, audit);
  }

  private List<String> ids(String sql, Object... arguments) {
    return jdbc.queryForList(sql, String.class, arguments);
  }

  // ---- the report

  private String report(long started, long stopped, Checks checks) {
    Map<Phase, Double> minutes = new EnumMap<>(Phase.class);
    long recovered = outageEnd + RECOVERY.toNanos();
    minutes.put(Phase.BEFORE, (outageStart - started) / 60e9);
    minutes.put(Phase.DURING, (Math.min(recovered, stopped) - outageStart) / 60e9);
    minutes.put(Phase.AFTER, Math.max(0, stopped - recovered) / 60e9);
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "Soak of %.1f minutes; the database was down %.1f s from minute %.1f (%d enterprise"
                + " threads, 6 clerks, 1 reader).%n%n",
            (stopped - started) / 60e9,
            (outageEnd - outageStart) / 1e9,
            (outageStart - started) / 60e9,
            ENTERPRISE_THREADS));
    out.append("| operation | phase | calls | 2xx/min | median ms | p95 ms | max ms |\n");
    out.append("| --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
    for (String kind : stats.kinds()) {
      for (Phase phase : Phase.values()) {
        List<Double> times = stats.times(kind, phase);
        if (times.isEmpty()) {
          continue;
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        out.append(
            String.format(
                "| `%s` | %s | %d | %.1f | %.1f | %.1f | %.1f |%n",
                kind,
                phase.label,
                sorted.length,
                stats.successes(kind, phase) / minutes.get(phase),
                percentile(sorted, 0.5),
                percentile(sorted, 0.95),
                sorted[sorted.length - 1]));
      }
    }
    out.append("\n| phase | operation | answer | count |\n| --- | --- | --- | ---: |\n");
    stats
        .failures()
        .forEach(
            (key, count) ->
                out.append("| ").append(key).append(" | ").append(count).append(" |\n"));
    out.append(
        String.format(
            "%nAnswered 2xx: %d submissions, %d completions (%d decisions). Applications by"
                + " status at the end: %s.%n%n",
            submitted.size(),
            completions.size(),
            completions.stream().filter(c -> "APPROVE".equals(c.outcome())).count(),
            checks.statuses()));
    out.append("| check | found |\n| --- | ---: |\n");
    checks
        .findings()
        .forEach(
            (check, found) ->
                out.append("| ").append(check).append(" | ").append(found.size()).append(" |\n"));
    out.append("\nAudit trail: ").append(checks.audit()).append(".\n");
    double[] load = loads.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (load.length > 0) {
      out.append(
          String.format(
              "Load average (1 min), sampled every 30 s: median %.1f, max %.1f.%n",
              percentile(load, 0.5), load[load.length - 1]));
    }
    checks.problems().forEach(problem -> out.append("\nFound: ").append(problem).append('\n'));
    return out.toString();
  }

  private static double percentile(double[] sorted, double p) {
    return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
  }

  /** Latencies and failures by operation and phase, from every thread. */
  private static final class Stats {

    private final Map<String, Queue<Double>> times = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> successes = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
    private final Set<String> kinds = ConcurrentHashMap.newKeySet();

    void latency(String kind, Phase phase, double millis, Api.Response answer) {
      kinds.add(kind);
      times.computeIfAbsent(kind + phase, k -> new ConcurrentLinkedQueue<>()).add(millis);
      if (answer != null && answer.status() < 300) {
        successes.computeIfAbsent(kind + phase, k -> new LongAdder()).increment();
      }
    }

    void failure(Phase phase, String kind, String what) {
      failures
          .computeIfAbsent(
              phase.ordinal() + phase.label + " | `" + kind + "` | " + what, k -> new LongAdder())
          .increment();
    }

    Collection<String> kinds() {
      return new TreeSet<>(kinds);
    }

    List<Double> times(String kind, Phase phase) {
      return new ArrayList<>(times.getOrDefault(kind + phase, new ConcurrentLinkedQueue<>()));
    }

    long successes(String kind, Phase phase) {
      LongAdder count = successes.get(kind + phase);
      return count == null ? 0 : count.sum();
    }

    Map<String, Long> failures() {
      Map<String, Long> sorted = new TreeMap<>();
      failures.forEach((key, count) -> sorted.put(key, count.sum()));
      Map<String, Long> labelled = new LinkedHashMap<>();
      // the phase's number only orders the rows
      sorted.forEach((key, count) -> labelled.put(key.substring(1), count));
      return labelled;
    }
  }
}
