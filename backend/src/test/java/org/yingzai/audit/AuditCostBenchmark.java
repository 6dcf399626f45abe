package org.yingzai.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.yingzai.support.ApprovalDriver;
import org.yingzai.support.ApprovalDriver.Round;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/**
 * What writing the audit trail costs the end-to-end throughput: applications of the hall's
 * committed item driven over HTTP from submission to decision, on 1 and on 4 client threads, in
 * rounds with the trail's writing on and off in turn (on, off, on, off …) in the same service hall,
 * so that drift of the machine falls on both. Not part of the normal build; run it with {@code
 * ./mvnw -B -Pbenchmark verify -pl backend -am -Dtest=AuditCostBenchmark} (see docs/benchmarks.md).
 * It measures, it does not judge.
 */
@Tag("benchmark")
@WithHall
class AuditCostBenchmark {

  private static final int[] THREADS = {1, 4};
  // applications per round, by client threads: rounds of several seconds each
  private static final int PER_ROUND_ONE = Integer.getInteger("auditCost.perRound", 30);
  private static final int PER_ROUND_FOUR = 2 * PER_ROUND_ONE;
  private static final int WARM_UP = Integer.getInteger("auditCost.warmUp", 40);
  // pairs of rounds (on, off) per number of threads
  private static final int PAIRS = Integer.getInteger("auditCost.pairs", 8);
  private static final int DRAFTING_THREADS = 2;

  @Autowired SwitchableAuditTrail trail;
  @Autowired AuditMapper mapper;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProcessEngine engine;
  @Autowired Environment environment;
  Hall hall;
  Journeys journeys;

  @TestConfiguration
  static class Switch {

    @Bean
    @Primary
    SwitchableAuditTrail switchableAuditTrail(
        AuditAppender appender,
        AuditMapper mapper,
        Clock clock,
        PlatformTransactionManager transactions) {
      return new SwitchableAuditTrail(appender, mapper, clock, transactions);
    }
  }

  private record Measured(
      int threads,
      int pair,
      boolean writing,
      Round round,
      long records,
      long lockWaits,
      long lockWaitMs,
      long cpuNanos,
      String load) {

    double cpuMsPerApplication() {
      return cpuNanos / 1e6 / round.applications();
    }
  }

  @Test
  void writingTheAuditTrailCostsAShareOfTheEndToEndThroughput() throws IOException {
    String configured = environment.getProperty("camunda.bpm.history-level");
    String history =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .getHistoryLevel()
            .getName();
    assertThat(configured).isEqualToIgnoringCase("full");
    assertThat(history).isEqualTo("full");

    ApprovalDriver driver = new ApprovalDriver(journeys, hall);
    int total = 0;
    for (int threads : THREADS) {
      total += 2 * WARM_UP + 2 * PAIRS * perRound(threads);
    }
    long drafting = System.nanoTime();
    List<String> drafts = driver.drafts(total, DRAFTING_THREADS);
    long drafted = (System.nanoTime() - drafting) / 1_000_000_000;

    List<Measured> measured = new ArrayList<>();
    int taken = 0;
    for (int threads : THREADS) {
      for (boolean writing : new boolean[] {true, false}) {
        round(driver, drafts.subList(taken, taken + WARM_UP), threads, writing);
        taken += WARM_UP;
      }
      for (int pair = 1; pair <= PAIRS; pair++) {
        for (boolean writing : new boolean[] {true, false}) {
          int count = perRound(threads);
          List<String> batch = drafts.subList(taken, taken + count);
          taken += count;
          long before = mapper.head().seq();
          long[] locksBefore = rowLockWaits();
          long cpuBefore = cpuNanos();
          Round round = round(driver, batch, threads, writing);
          long cpu = cpuNanos() - cpuBefore;
          long[] locksAfter = rowLockWaits();
          long records = mapper.head().seq() - before;
          measured.add(
              new Measured(
                  threads,
                  pair,
                  writing,
                  round,
                  records,
                  locksAfter[0] - locksBefore[0],
                  locksAfter[1] - locksBefore[1],
                  cpu,
                  loadAverage()));
          assertThat(approved(batch)).isEqualTo(count);
          System.out.printf(
              Locale.ROOT,
              "audit %s, %d threads, pair %d: %.2f applications/s, %d records%n",
              writing ? "on" : "off",
              threads,
              pair,
              round.perSecond(),
              records);
        }
      }
    }
    trail.writing(true);

    // switched off, nothing reaches the chain; switched on, every application leaves its records
    assertThat(measured).filteredOn(m -> !m.writing()).allMatch(m -> m.records() == 0);
    assertThat(measured).filteredOn(Measured::writing).allMatch(m -> m.records() > 0);

    String report = report(measured, configured, drafts.size(), drafted);
    Path out = Path.of("target", "benchmarks", "audit-cost.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    System.out.println(report);
  }

  // CPU time of this JVM (the service hall and its clients) and of the embedded database server
  private static long cpuNanos() {
    long nanos = cpu(ProcessHandle.current());
    nanos +=
        ProcessHandle.current()
            .descendants()
            .filter(p -> p.info().command().orElse("").endsWith("mariadbd"))
            .mapToLong(AuditCostBenchmark::cpu)
            .sum();
    return nanos;
  }

  private static long cpu(ProcessHandle process) {
    return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }

  // how often and how long (ms) transactions have waited for a row lock since the server started
  private long[] rowLockWaits() {
    long[] waits = new long[2];
    jdbc.query(
        "SHOW GLOBAL STATUS WHERE Variable_name IN ('Innodb_row_lock_waits',"
            + " 'Innodb_row_lock_time')",
        row -> {
          int i = row.getString(1).equalsIgnoreCase("Innodb_row_lock_waits") ? 0 : 1;
          waits[i] = row.getLong(2);
        });
    return waits;
  }

  // the machine's one-minute load average at the end of a round, where the system tells it
  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  private static int perRound(int threads) {
    return threads == 1 ? PER_ROUND_ONE : PER_ROUND_FOUR;
  }

  private Round round(ApprovalDriver driver, List<String> batch, int threads, boolean writing) {
    trail.writing(writing);
    try {
      return driver.approveAll(batch, threads);
    } finally {
      trail.writing(true);
    }
  }

  private int approved(List<String> ids) {
    int approved = 0;
    for (String id : ids) {
      approved +=
          jdbc.queryForObject(
              "SELECT COUNT(*) FROM application WHERE id = ? AND status = 'APPROVED'",
              Integer.class,
              id);
    }
    return approved;
  }

  private static String report(
      List<Measured> measured, String history, int drafts, long draftSeconds) {
    StringBuilder report = new StringBuilder();
    report.append(
        "| client threads | audit on, applications/s | audit off, applications/s | cost |"
            + " cost per pair, lowest – highest | CPU ms per application, on / off |\n"
            + "| ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (int threads : THREADS) {
      double on = rate(measured, threads, true);
      double off = rate(measured, threads, false);
      double lowest = Double.MAX_VALUE;
      double highest = -Double.MAX_VALUE;
      for (Measured m : measured) {
        if (m.threads() == threads && !m.writing()) {
          double pairOn = pairRate(measured, threads, m.pair(), true);
          double pairCost = (m.round().perSecond() - pairOn) / m.round().perSecond();
          lowest = Math.min(lowest, pairCost);
          highest = Math.max(highest, pairCost);
        }
      }
      report.append(
          String.format(
              Locale.ROOT,
              "| %d | %.2f | %.2f | %.1f%% | %.1f%% – %.1f%% | %.0f / %.0f |%n",
              threads,
              on,
              off,
              100 * (off - on) / off,
              100 * lowest,
              100 * highest,
              cpuPerApplication(measured, threads, true),
              cpuPerApplication(measured, threads, false)));
    }
    report.append(
        "\ncost = (throughput off − throughput on) / throughput off, each throughput the"
            + " applications of all its rounds over their time. CPU: this JVM (the service hall"
            + " and its client threads) and the database server together.\n\n");
    report.append(
        "| client threads | pair | audit | applications | s | applications/s | audit records |"
            + " row lock waits | row lock wait ms | CPU ms per application | load average |\n"
            + "| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Measured m : measured) {
      report.append(
          String.format(
              Locale.ROOT,
              "| %d | %d | %s | %d | %.2f | %.2f | %d | %d | %d | %.0f | %s |%n",
              m.threads(),
              m.pair(),
              m.writing() ? "on" : "off",
              m.round().applications(),
              m.round().nanos() / 1e9,
              m.round().perSecond(),
              m.records(),
              m.lockWaits(),
              m.lockWaitMs(),
              m.cpuMsPerApplication(),
              m.load()));
    }
    report.append(
        String.format(
            Locale.ROOT,
            "%nEach application: submit, then accept, review and decide, each after the clerk's"
                + " filtered task list; history level %s; %d warm-up applications per thread count"
                + " and setting first; %d drafts made beforehand in %d s.%n",
            history,
            WARM_UP,
            drafts,
            draftSeconds));
    return report.toString();
  }

  private static double rate(List<Measured> measured, int threads, boolean writing) {
    long applications = 0;
    long nanos = 0;
    for (Measured m : measured) {
      if (m.threads() == threads && m.writing() == writing) {
        applications += m.round().applications();
        nanos += m.round().nanos();
      }
    }
    return applications / (nanos / 1e9);
  }

  private static double cpuPerApplication(List<Measured> measured, int threads, boolean writing) {
    long applications = 0;
    long nanos = 0;
    for (Measured m : measured) {
      if (m.threads() == threads && m.writing() == writing) {
        applications += m.round().applications();
        nanos += m.cpuNanos();
      }
    }
    return nanos / 1e6 / applications;
  }

  private static double pairRate(List<Measured> measured, int threads, int pair, boolean writing) {
    return measured.stream()
        .filter(m -> m.threads() == threads && m.pair() == pair && m.writing() == writing)
        .findFirst()
        .orElseThrow()
        .round()
        .perSecond();
  }
}
