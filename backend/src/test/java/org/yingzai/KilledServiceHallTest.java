package org.yingzai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.ResourceAccessException;
import org.yingzai.db.EmbeddedMariaDb;
import org.yingzai.support.Api;
import org.yingzai.support.AuditTrails;
import org.yingzai.support.Hall;
import org.yingzai.support.HallProcess;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/**
 * A service hall node is killed (SIGKILL) in the middle of a run of submissions: what it committed
 * is kept whole, what it had not is gone whole, and when the applicant tries every submission again
 * with its Idempotency-Key on another node (this test's own service hall, on the same database),
 * each application is submitted exactly once and the audit chain still verifies.
 */
@WithHall
// the killed node is started on this test's own database of the embedded server
@DisabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+")
class KilledServiceHallTest {

  private static final int SUBMISSIONS = 100;
  private static final int CLIENTS = 4;
  private static final int KILL_AT_ANSWER = 30;
  private static final Duration RUN = Duration.ofMinutes(3);

  private static String url;

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry properties) {
    url = EmbeddedMariaDb.start(null).createDatabase("yingzai_killed");
    properties.add("spring.datasource.url", () -> url);
    properties.add("spring.datasource.username", () -> EmbeddedMariaDb.USERNAME);
    properties.add("spring.datasource.password", () -> EmbeddedMariaDb.start(null).password());
  }

  Hall hall;
  Journeys journeys;
  @Autowired JdbcTemplate jdbc;

  /** How a submission sent to the killed node ended. */
  private enum Fate {
    ANSWERED,
    CUT_OFF,
    NOT_SENT
  }

  private record First(Fate fate, Api.Response answer) {}

  /**
   * An application's submission as the database holds it, read in one statement: its process
   * instances, open work tasks, timeline entries, audit records and idempotency keys of submission.
   */
  private record Stored(
      String id,
      String status,
      String number,
      int processes,
      int openTasks,
      int timeline,
      int audited,
      int keys) {}

  @Test
  void aNodeKilledMidRunKeepsNothingHalfDoneAndEverySubmissionIsMadeOnceWhenTriedAgain()
      throws Exception {
    long began = System.nanoTime();
    long draftsMade;
    long nodeStarted;
    List<String> drafts;
    Map<String, First> first;
    int port = HallProcess.freePort();
    try (HallProcess node = HallProcess.start("killed-service-hall", arguments(port))) {
      // the drafts are made on this node while the other one starts
      drafts =
          inParallel(
              IntStream.range(0, SUBMISSIONS).boxed().toList(),
              n -> journeys.draftWithMaterials(hall.enterprise(), hall.committedItem()));
      draftsMade = System.nanoTime();
      node.awaitStarted(RUN);
      nodeStarted = System.nanoTime();
      first = submitUntilKilled(node, port, drafts);
    }
    long killedAt = System.nanoTime();
    Map<Fate, Long> fates =
        first.values().stream().collect(Collectors.groupingBy(First::fate, Collectors.counting()));
    // the kill landed mid-run: some answered, some were cut off in flight, not all were sent
    assertThat(fates.getOrDefault(Fate.ANSWERED, 0L))
        .as(fates.toString())
        .isBetween((long) KILL_AT_ANSWER, (long) SUBMISSIONS - 1);
    assertThat(fates.getOrDefault(Fate.CUT_OFF, 0L)).as(fates.toString()).isPositive();
    for (First answered : answered(first).values()) {
      assertThat(answered.answer().status()).as(answered.answer().toString()).isEqualTo(200);
    }

    // what the killed node left: each application wholly submitted once or wholly a draft
    Map<String, Stored> left = stored(drafts);
    long committedUnanswered = 0;
    for (String id : drafts) {
      Stored stored = left.get(id);
      if ("DRAFT".equals(stored.status())) {
        assertThat(first.get(id).fate()).as(stored.toString()).isNotEqualTo(Fate.ANSWERED);
        assertThat(stored).isEqualTo(new Stored(id, "DRAFT", null, 0, 0, 0, 0, 0));
      } else {
        assertThat(stored).isEqualTo(new Stored(id, "SUBMITTED", stored.number(), 1, 1, 1, 1, 1));
        if (first.get(id).fate() != Fate.ANSWERED) {
          committedUnanswered++;
        }
      }
    }

    // the applicant tries every one again, with its key, on the node that is still up
    long retriesBegan = System.nanoTime();
    Api applicant = journeys.as(hall.enterprise());
    Map<String, Api.Response> again =
        toMap(drafts, inParallel(drafts, id -> submit(applicant, id)));
    long triedAgain = System.nanoTime();

    Map<String, Stored> after = stored(drafts);
    for (String id : drafts) {
      Api.Response retried = again.get(id);
      assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
      Stored stored = after.get(id);
      assertThat(stored).isEqualTo(new Stored(id, "SUBMITTED", stored.number(), 1, 1, 1, 1, 1));
      assertThat(retried.text("number")).isEqualTo(stored.number());
      if (left.get(id).number() != null) {
        assertThat(stored.number()).isEqualTo(left.get(id).number());
      }
      First earlier = first.get(id);
      if (earlier.fate() == Fate.ANSWERED) {
        // the same submission answered again: its number and its query code
        assertThat(retried.text("number")).isEqualTo(earlier.answer().text("number"));
        assertThat(retried.text("queryCode")).isEqualTo(earlier.answer().text("queryCode"));
      }
    }
    assertThat(after.values().stream().map(Stored::number).distinct()).hasSize(SUBMISSIONS);

    // the supervisor's trail: one submission record each, and the chain verifies
    AuditTrails trail = new AuditTrails(journeys.as(hall.supervisor()));
    List<List<JsonNode>> trails = inParallel(drafts, id -> trail.find("applicationId=" + id));
    for (List<JsonNode> records : trails) {
      assertThat(AuditTrails.actions(records)).containsOnlyOnce("SUBMITTED");
    }
    trail.assertIntact();
    System.out.printf(
        "%d submissions, killed after answer %d: %s, %d of those cut off were committed;"
            + " drafts made in %d ms, the node up %d ms later, killed %d ms later,"
            + " all tried again in %d ms%n",
        SUBMISSIONS,
        KILL_AT_ANSWER,
        fates,
        committedUnanswered,
        (draftsMade - began) / 1_000_000,
        (nodeStarted - draftsMade) / 1_000_000,
        (killedAt - nodeStarted) / 1_000_000,
        (triedAgain - retriesBegan) / 1_000_000);
  }

  /**
   * Sends the submissions to the node from several clients and kills it when the {@value
   * #KILL_AT_ANSWER}th answer arrives, while the other clients wait for theirs.
   */
  private Map<String, First> submitUntilKilled(HallProcess node, int port, List<String> drafts)
      throws Exception {
    Api applicant = once(port, hall.enterprise());
    Queue<String> queue = new ConcurrentLinkedQueue<>(drafts);
    Map<String, First> first = new ConcurrentHashMap<>();
    AtomicInteger answers = new AtomicInteger();
    AtomicBoolean killed = new AtomicBoolean();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        running.add(
            clients.submit(
                () -> {
                  for (String id = queue.poll(); id != null; id = queue.poll()) {
                    first.put(id, sendUnlessKilled(applicant, id, node, answers, killed));
                  }
                }));
      }
      for (Future<?> client : running) {
        client.get(RUN.toMillis(), TimeUnit.MILLISECONDS);
      }
    } finally {
      clients.shutdownNow();
    }
    assertThat(killed).as(node::log).isTrue();
    assertThat(first).hasSize(drafts.size());
    return first;
  }

  private static First sendUnlessKilled(
      Api applicant, String id, HallProcess node, AtomicInteger answers, AtomicBoolean killed) {
    if (killed.get()) {
      return new First(Fate.NOT_SENT, null);
    }
    try {
      First answered = new First(Fate.ANSWERED, submit(applicant, id));
      if (answers.incrementAndGet() == KILL_AT_ANSWER) {
        killed.set(true);
        node.kill();
      }
      return answered;
    } catch (ResourceAccessException e) {
      // refused: it never reached the node; any other failure: cut off on its way
      return new First(
          e.getCause() instanceof ConnectException ? Fate.NOT_SENT : Fate.CUT_OFF, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Api.Response submit(Api applicant, String id) {
    HttpHeaders key = new HttpHeaders();
    key.set("Idempotency-Key", "killed-" + id);
    return applicant.post("/api/applications/" + id + "/submit", null, key);
  }

  private static Map<String, First> answered(Map<String, First> first) {
    return first.entrySet().stream()
        .filter(e -> e.getValue().fate() == Fate.ANSWERED)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private Map<String, Stored> stored(List<String> ids) {
    List<Stored> rows =
        new NamedParameterJdbcTemplate(jdbc)
            .query(
                "SELECT a.id, a.status, a.number,"
                    + " (SELECT COUNT(*) FROM ACT_HI_PROCINST p WHERE p.BUSINESS_KEY_ = a.id)"
                    + " AS processes,"
                    + " (SELECT COUNT(*) FROM work_task w WHERE w.application_id = a.id"
                    + " AND w.completed_at IS NULL) AS open_tasks,"
                    + " (SELECT COUNT(*) FROM timeline_entry t WHERE t.application_id = a.id"
                    + " AND t.step = 'SUBMISSION' AND t.action = 'SUBMITTED') AS timeline,"
                    + " (SELECT COUNT(*) FROM audit_record r WHERE r.application_id = a.id"
                    + " AND r.action = 'SUBMITTED') AS audited,"
                    + " (SELECT COUNT(*) FROM idempotency_record i WHERE i.application_id = a.id"
                    + " AND i.operation = 'SUBMIT') AS idempotency_keys"
                    + " FROM application a WHERE a.id IN (:ids)",
                Map.of("ids", ids),
                (rs, n) ->
                    new Stored(
                        rs.getString("id"),
                        rs.getString("status"),
                        rs.getString("number"),
                        rs.getInt("processes"),
                        rs.getInt("open_tasks"),
                        rs.getInt("timeline"),
                        rs.getInt("audited"),
                        rs.getInt("idempotency_keys")));
    assertThat(rows).hasSize(ids.size());
    return rows.stream().collect(Collectors.toMap(Stored::id, Function.identity()));
  }

  /** The node's answers, each call sent once: the HTTP client would otherwise retry by itself. */
  private static Api once(int port, String username) {
    RestTemplateBuilder builder =
        new RestTemplateBuilder()
            .rootUri("http://127.0.0.1:" + port)
            .requestFactory(
                () ->
                    new HttpComponentsClientHttpRequestFactory(
                        HttpClients.custom().disableAutomaticRetries().build()));
    return Api.as(new TestRestTemplate(builder), username, Hall.PASSWORD);
  }

  // configured as this test's own service hall, on its database: the other node of the pair
  private static List<String> arguments(int port) {
    return List.of(
        "--spring.profiles.active=local,test",
        "--spring.datasource.url=" + url,
        "--spring.datasource.username=" + EmbeddedMariaDb.USERNAME,
        "--spring.datasource.password=" + EmbeddedMariaDb.start(null).password(),
        "--server.address=127.0.0.1",
        "--server.port=" + port,
        "--camunda.bpm.job-execution.enabled=false",
        "--yingzai.audit.daily-anchor=false");
  }

  private static <T, R> List<R> inParallel(List<T> inputs, Function<T, R> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (T input : inputs) {
        futures.add(pool.submit(() -> call.apply(input)));
      }
      List<R> results = new ArrayList<>();
      for (Future<R> future : futures) {
        try {
          results.add(future.get(RUN.toMillis(), TimeUnit.MILLISECONDS));
        } catch (ExecutionException e) {
          if (e.getCause() instanceof Error error) {
            throw error;
          }
          throw e;
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> Map<String, T> toMap(List<String> ids, List<T> values) {
    Map<String, T> map = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      map.put(ids.get(i), values.get(i));
    }
    return map;
  }
}
