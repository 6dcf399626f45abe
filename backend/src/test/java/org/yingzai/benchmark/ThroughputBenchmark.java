package org.yingzai.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.yingzai.db.EmbeddedMariaDb;
import org.yingzai.support.ApprovalDriver;
import org.yingzai.support.ApprovalDriver.Round;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/**
 * The service hall's end-to-end throughput against the raw engine's, in one run on one database
 * server: applications of the hall's committed item from submission to decision over HTTP (the
 * enterprise submits, then three clerks each find the task in their filtered queue and complete
 * it), and instances of the same shape on a Camunda engine with nothing of ours ({@link
 * RawCamunda}, in a JVM of its own: {@link RawEngineJvm}), in alternating rounds on 1 and on 4
 * client threads. Not part of the normal build; run it with {@code ./mvnw -B -Pbenchmark verify -pl
 * backend -am -Dtest=ThroughputBenchmark} (see docs/benchmarks.md). It measures, it does not judge.
 */
@Tag("benchmark")
@WithHall
// timers are run by the engine's own executor, as in production
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=true")
class ThroughputBenchmark {

  private static final int[] THREADS = {1, 4};
  private static final int PER_ROUND_ONE = Integer.getInteger("throughput.perRound", 60);
  // the service hall's code is far larger than the raw engine's: after 1,000 applications the JIT
  // still spent a sixth of the hall's JVM CPU compiling it. Both are warmed up once, on the most
  // threads (the quickest), then each thread count settles before its rounds; the report shows
  // what compiling is left
  private static final int WARM_UP = Integer.getInteger("throughput.warmUp", 3000);
  // the raw engine, in a JVM of its own, compiles nothing the hall's warm-up compiled for it: it
  // is warmed with three times as many instances, about as long as the hall's warm-up takes (with
  // as many as the hall, its JIT still took 5.8 ms per instance in the 4-thread rounds)
  private static final int RAW_WARM_UP = Integer.getInteger("throughput.rawWarmUp", 3 * WARM_UP);
  private static final int SETTLE = Integer.getInteger("throughput.settle", 100);
  private static final int PAIRS = Integer.getInteger("throughput.pairs", 3);
  private static final int DRAFTING_THREADS = 2;
  // with -Dthroughput.digests=true: what each kind of statement costs the server, per application
  private static final boolean DIGESTS = Boolean.getBoolean("throughput.digests");
  private static final int DIGEST_APPLICATIONS = 50;

  @Autowired ProcessEngine engine;
  @Autowired Environment environment;
  Hall hall;
  Journeys journeys;

  private record Pair(int threads, Round hall, Round raw, Costs hallCosts, Costs rawCosts) {}

  /**
   * What a round cost the database server and the machine: statements the server ran, commits,
   * row-lock waits and their milliseconds, CPU of this JVM and of the server.
   */
  private record Costs(
      long statements,
      long commits,
      long lockWaits,
      long lockWaitMs,
      long jvmCpu,
      long dbCpu,
      long jitMs,
      long gcMs) {

    Costs minus(Costs before) {
      return new Costs(
          statements - before.statements,
          commits - before.commits,
          lockWaits - before.lockWaits,
          lockWaitMs - before.lockWaitMs,
          jvmCpu - before.jvmCpu,
          dbCpu - before.dbCpu,
          jitMs - before.jitMs,
          gcMs - before.gcMs);
    }

    /** The round's costs with the JVM's part measured in the JVM that ran it. */
    Costs inOtherJvm(long otherJvmCpu, long otherJitMs, long otherGcMs) {
      return new Costs(
          statements, commits, lockWaits, lockWaitMs, otherJvmCpu, dbCpu, otherJitMs, otherGcMs);
    }

    Costs plus(Costs other) {
      return new Costs(
          statements + other.statements,
          commits + other.commits,
          lockWaits + other.lockWaits,
          lockWaitMs + other.lockWaitMs,
          jvmCpu + other.jvmCpu,
          dbCpu + other.dbCpu,
          jitMs + other.jitMs,
          gcMs + other.gcMs);
    }
  }

  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @Test
  void theServiceHallRunsTheApprovalPathAtAShareOfTheRawEnginesSpeed() throws IOException {
    assertThat(
            ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getHistoryLevel()
                .getName())
        .isEqualTo("full");
    ApprovalDriver driver = new ApprovalDriver(journeys, hall);
    LeanClient client = new LeanClient(port, hall);
    int total = WARM_UP + (DIGESTS ? DIGEST_APPLICATIONS : 0);
    for (int threads : THREADS) {
      total += SETTLE + PAIRS * perRound(threads);
    }
    long drafting = System.nanoTime();
    List<String> drafts = driver.drafts(total, DRAFTING_THREADS);
    long drafted = (System.nanoTime() - drafting) / 1_000_000_000;

    List<Pair> pairs = new ArrayList<>();
    try (RawEngineJvm raw = rawEngine()) {
      assertThat(raw.historyLevel()).isEqualTo("full");
      int most = THREADS[THREADS.length - 1];
      ApprovalDriver.run(drafts.subList(0, WARM_UP), most, client::approve);
      raw.run(most, RAW_WARM_UP);
      int taken = WARM_UP;
      int rawKeys = RAW_WARM_UP;
      for (int threads : THREADS) {
        ApprovalDriver.run(drafts.subList(taken, taken + SETTLE), threads, client::approve);
        taken += SETTLE;
        raw.run(threads, SETTLE);
        rawKeys += SETTLE;
        for (int pair = 1; pair <= PAIRS; pair++) {
          int count = perRound(threads);
          Costs before = costs();
          Round hallRound =
              ApprovalDriver.run(drafts.subList(taken, taken + count), threads, client::approve);
          Costs hallCosts = costs().minus(before);
          taken += count;
          before = costs();
          long rawCpu = raw.cpuNanos();
          RawEngineJvm.RawRound measured = raw.run(threads, count);
          Round rawRound = measured.round();
          Costs rawCosts =
              costs()
                  .minus(before)
                  .inOtherJvm(raw.cpuNanos() - rawCpu, measured.jitMs(), measured.gcMs());
          rawKeys += count;
          pairs.add(new Pair(threads, hallRound, rawRound, hallCosts, rawCosts));
          System.out.printf(
              Locale.ROOT,
              "threads %d pair %d: service hall %.2f/s, raw engine %.2f/s%n",
              threads,
              pair,
              hallRound.perSecond(),
              rawRound.perSecond());
        }
      }
      if (DIGESTS) {
        List<String> measured = drafts.subList(taken, taken + DIGEST_APPLICATIONS);
        String hallDigests =
            digests(() -> ApprovalDriver.run(measured, 1, client::approve), "service hall", "");
        String rawDigests = digests(() -> raw.run(1, DIGEST_APPLICATIONS), "raw engine", "_raw");
        rawKeys += DIGEST_APPLICATIONS;
        Path out = Path.of("target", "benchmarks", "throughput-digests.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, hallDigests + "\n" + rawDigests);
      }
      assertThat(raw.finished()).isGreaterThanOrEqualTo(rawKeys);
    }
    if (Boolean.getBoolean("throughput.statements")) {
      logStatements(client, driver.drafts(1, 1).get(0));
    }
    String report = report(pairs, total, drafted);
    System.out.println(report);
    Path out = Path.of("target", "benchmarks", "throughput.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
  }

  /**
   * With {@code -Dthroughput.statements=true}: the statements one more application costs the
   * database server, by kind and how often, from the server's general log, written to
   * target/benchmarks/throughput-statements.txt.
   */
  private void logStatements(LeanClient client, String draft) throws IOException {
    jdbc.execute("SET GLOBAL log_output = 'TABLE'");
    jdbc.execute("TRUNCATE TABLE mysql.general_log");
    jdbc.execute("SET GLOBAL general_log = 1");
    client.approve(draft);
    jdbc.execute("SET GLOBAL general_log = 0");
    List<String> lines =
        jdbc.query(
            "SELECT COUNT(*) AS n, command_type, LEFT(REGEXP_REPLACE(CONVERT(argument USING utf8mb4),"
                + " '\\'[^\\']*\\'|\\b[0-9]+\\b', '?'), 160) AS statement FROM mysql.general_log"
                + " GROUP BY command_type, statement ORDER BY n DESC",
            (row, i) -> row.getLong(1) + "\t" + row.getString(2) + "\t" + row.getString(3));
    Path out = Path.of("target", "benchmarks", "throughput-statements.txt");
    Files.createDirectories(out.getParent());
    Files.write(out, lines);
  }

  /** One kind of statement as the performance schema sums it, per application. */
  private record Digest(String text, double count, double ms, double lockMs, double rowsExamined) {

    private static final Pattern TABLE =
        Pattern.compile("\\b(?:FROM|INTO|UPDATE)\\s+`?(\\w+)", Pattern.CASE_INSENSITIVE);

    /** The table the statement names first; the engine's tables as one, statements without one. */
    String table() {
      Matcher named = TABLE.matcher(text);
      if (!named.find()) {
        return text.strip().replaceAll("\\s.*", "").toUpperCase(Locale.ROOT) + " (no table)";
      }
      return named.group(1).startsWith("ACT_") ? "the engine's ACT_ tables" : named.group(1);
    }

    Digest named(String name) {
      return new Digest(name, count, ms, lockMs, rowsExamined);
    }

    /** Both summed, under this one's name. */
    Digest plus(Digest other) {
      return new Digest(
          text,
          count + other.count,
          ms + other.ms,
          lockMs + other.lockMs,
          rowsExamined + other.rowsExamined);
    }
  }

  /**
   * The server's own account of the statements {@code work} ran (the performance schema's digests),
   * per application of {@link #DIGEST_APPLICATIONS} on one thread, written as a report: by the
   * table each names first, then by kind of statement, the costliest first. Only statements on the
   * database named by this test's own with {@code suffix} count, so that the other's background
   * work stays out.
   */
  private String digests(Runnable work, String title, String suffix) {
    Integer on = jdbc.queryForObject("SELECT @@performance_schema", Integer.class);
    if (on == null || on != 1) {
      throw new IllegalStateException(
          "-Dthroughput.digests=true needs -D" + EmbeddedMariaDb.PERFORMANCE_SCHEMA + "=true");
    }
    jdbc.execute("TRUNCATE TABLE performance_schema.events_statements_summary_by_digest");
    work.run();
    return digestReport(title, measuredDigests(suffix));
  }

  // the digests of the work just run, per application, the costliest first
  private List<Digest> measuredDigests(String suffix) {
    double per = DIGEST_APPLICATIONS;
    return jdbc.query(
        "SELECT DIGEST_TEXT, COUNT_STAR, SUM_TIMER_WAIT / 1e9, SUM_LOCK_TIME / 1e9,"
            + " SUM_ROWS_EXAMINED FROM performance_schema.events_statements_summary_by_digest"
            + " WHERE SCHEMA_NAME = CONCAT(DATABASE(), ?)"
            + " AND DIGEST_TEXT NOT LIKE '%performance_schema%'"
            + " ORDER BY SUM_TIMER_WAIT DESC",
        (row, i) ->
            new Digest(
                row.getString(1).replace("`", "").replace("|", "/").replaceAll("\\s+", " "),
                row.getLong(2) / per,
                row.getDouble(3) / per,
                row.getDouble(4) / per,
                row.getLong(5) / per),
        suffix);
  }

  private static String digestReport(String title, List<Digest> digests) {
    Map<String, Digest> byTable = new LinkedHashMap<>();
    for (Digest digest : digests) {
      String table = digest.table();
      byTable.merge(table, digest.named(table), Digest::plus);
    }
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "## %s, per application%n%n", title));
    String header =
        "| statements | server ms | of it taking locks, ms | rows examined | %s |%n"
            + "| ---: | ---: | ---: | ---: | --- |%n";
    out.append(String.format(Locale.ROOT, header, "table"));
    byTable.values().stream()
        .sorted(Comparator.comparingDouble(Digest::ms).reversed())
        .forEach(table -> out.append(row(table, table.text())));
    Digest all = digests.stream().reduce(new Digest("all", 0, 0, 0, 0), Digest::plus);
    out.append(row(all, "**all**"));
    out.append(String.format(Locale.ROOT, "%n" + header, "statement"));
    digests.forEach(
        digest -> {
          String text = digest.text();
          String shown = text.length() <= 160 ? text : text.substring(0, 157) + "...";
          out.append(row(digest, "`" + shown + "`"));
        });
    return out.toString();
  }

  private static String row(Digest digest, String name) {
    return String.format(
        Locale.ROOT,
        "| %.2f | %.3f | %.3f | %.1f | %s |%n",
        digest.count(),
        digest.ms(),
        digest.lockMs(),
        digest.rowsExamined(),
        name);
  }

  private RawEngineJvm rawEngine() throws IOException {
    String url = environment.getRequiredProperty("spring.datasource.url");
    String rawUrl = url.replaceFirst("/([a-z0-9_]+)\\?", "/$1_raw?");
    assertThat(rawUrl).isNotEqualTo(url);
    String database = rawUrl.replaceFirst(".*/([a-z0-9_]+)\\?.*", "$1");
    // a fresh database each run, so that earlier runs' history does not weigh on this one
    jdbc.execute("DROP DATABASE IF EXISTS `" + database + "`");
    jdbc.execute(
        "CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    return RawEngineJvm.start(
        rawUrl,
        environment.getProperty("spring.datasource.username"),
        environment.getProperty("spring.datasource.password"),
        environment.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 10),
        driverSettings());
  }

  /** The service hall's own Connector/J settings, so that both talk to the server alike. */
  private Properties driverSettings() {
    Properties settings = new Properties();
    settings.putAll(
        Binder.get(environment)
            .bind(
                "spring.datasource.hikari.data-source-properties",
                Bindable.mapOf(String.class, String.class))
            .orElseThrow(() -> new IllegalStateException("no driver settings")));
    return settings;
  }

  private static int perRound(int threads) {
    return threads == 1 ? PER_ROUND_ONE : 2 * PER_ROUND_ONE;
  }

  private static String report(List<Pair> pairs, int drafts, long drafted) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Drafts made beforehand: %d in %d s. Warm-up: %d applications of the service hall and"
                + " %d instances of the raw engine on %d threads, then %d of each on each thread"
                + " count before its rounds. %d pairs of rounds per thread count, service hall first"
                + " in each pair.%n%n",
            drafts,
            drafted,
            WARM_UP,
            RAW_WARM_UP,
            THREADS[THREADS.length - 1],
            SETTLE,
            PAIRS));
    out.append(
        "| client threads | service hall, applications/s | raw engine, instances/s | ratio |"
            + " ratio per pair, lowest – highest |\n");
    out.append("| ---: | ---: | ---: | ---: | ---: |\n");
    for (int threads : THREADS) {
      List<Pair> mine = pairs.stream().filter(p -> p.threads() == threads).toList();
      double hall = perSecond(mine.stream().map(Pair::hall).toList());
      double raw = perSecond(mine.stream().map(Pair::raw).toList());
      double lowest =
          mine.stream()
              .mapToDouble(p -> p.hall().perSecond() / p.raw().perSecond())
              .min()
              .orElse(0);
      double highest =
          mine.stream()
              .mapToDouble(p -> p.hall().perSecond() / p.raw().perSecond())
              .max()
              .orElse(0);
      out.append(
          String.format(
              Locale.ROOT,
              "| %d | %.2f | %.2f | %.0f%% | %.0f%% – %.0f%% |%n",
              threads,
              hall,
              raw,
              100 * hall / raw,
              100 * lowest,
              100 * highest));
    }
    out.append(
        "\nPer application (service hall / raw engine), over all measured rounds:\n\n"
            + "| client threads | statements | commits | row-lock waits | row-lock wait ms |"
            + " JVM CPU ms | of it JIT compiling ms | GC ms | database CPU ms |\n"
            + "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (int threads : THREADS) {
      List<Pair> mine = pairs.stream().filter(p -> p.threads() == threads).toList();
      long applications = mine.stream().mapToLong(p -> p.hall().applications()).sum();
      Costs hall = sum(mine.stream().map(Pair::hallCosts).toList());
      Costs raw = sum(mine.stream().map(Pair::rawCosts).toList());
      out.append(
          String.format(
              Locale.ROOT,
              "| %d | %.1f / %.1f | %.1f / %.1f | %.2f / %.2f | %.1f / %.1f | %.1f / %.1f |"
                  + " %.1f / %.1f | %.1f / %.1f | %.1f / %.1f |%n",
              threads,
              (double) hall.statements() / applications,
              (double) raw.statements() / applications,
              (double) hall.commits() / applications,
              (double) raw.commits() / applications,
              (double) hall.lockWaits() / applications,
              (double) raw.lockWaits() / applications,
              (double) hall.lockWaitMs() / applications,
              (double) raw.lockWaitMs() / applications,
              hall.jvmCpu() / 1e6 / applications,
              raw.jvmCpu() / 1e6 / applications,
              (double) hall.jitMs() / applications,
              (double) raw.jitMs() / applications,
              (double) hall.gcMs() / applications,
              (double) raw.gcMs() / applications,
              hall.dbCpu() / 1e6 / applications,
              raw.dbCpu() / 1e6 / applications));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%nMaximum heap %d MB; peak heap used %d MB (the sum of the heap pools' peaks).%n",
            Runtime.getRuntime().maxMemory() / (1024 * 1024),
            peakHeap() / (1024 * 1024)));
    return out.toString();
  }

  private static Costs sum(List<Costs> costs) {
    return costs.stream().reduce(new Costs(0, 0, 0, 0, 0, 0, 0, 0), Costs::plus);
  }

  private Costs costs() {
    Map<String, Long> status = new HashMap<>();
    jdbc.query(
        "SHOW GLOBAL STATUS WHERE Variable_name IN ('Questions', 'Com_commit',"
            + " 'Innodb_row_lock_waits', 'Innodb_row_lock_time')",
        row -> {
          status.put(row.getString(1).toLowerCase(Locale.ROOT), row.getLong(2));
        });
    long db =
        ProcessHandle.current()
            .descendants()
            .filter(p -> p.info().command().orElse("").endsWith("mariadbd"))
            .mapToLong(ThroughputBenchmark::cpu)
            .sum();
    return new Costs(
        status.getOrDefault("questions", 0L),
        status.getOrDefault("com_commit", 0L),
        status.getOrDefault("innodb_row_lock_waits", 0L),
        status.getOrDefault("innodb_row_lock_time", 0L),
        cpu(ProcessHandle.current()),
        db,
        ManagementFactory.getCompilationMXBean().getTotalCompilationTime(),
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .mapToLong(GarbageCollectorMXBean::getCollectionTime)
            .sum());
  }

  private static long cpu(ProcessHandle process) {
    return process.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
  }

  // all applications of the rounds over their whole time
  private static double perSecond(List<Round> rounds) {
    long applications = rounds.stream().mapToLong(Round::applications).sum();
    long nanos = rounds.stream().mapToLong(Round::nanos).sum();
    return applications / (nanos / 1e9);
  }

  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .map(MemoryPoolMXBean::getPeakUsage)
        .mapToLong(usage -> usage.getUsed())
        .sum();
  }
}
