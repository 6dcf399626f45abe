package org.yingzai.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.yingzai.YingzaiApplication;
import org.yingzai.support.HallProcess;

/**
 * How long the embedded default takes from the launch of its JVM until {@code /actuator/health}
 * answers UP: first on an empty data folder (the MariaDB server initialised, every migration, the
 * demo data and the sample history written), then after a clean stop on the same folder; once with
 * the JVM options {@code spring-boot:run} gives the JVM it launches (the README's run command),
 * once with the JIT's defaults. The heap is 512 MB. Not part of the normal build; run it with
 * {@code ./mvnw -B -Pbenchmark verify -pl backend -am -Dtest=StartupBenchmark} (see
 * docs/benchmarks.md). It measures, it does not judge.
 */
@Tag("benchmark")
@DisabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+")
class StartupBenchmark {

  private static final int RESTARTS = Integer.getInteger("startup.restarts", 2);
  // what `spring-boot:run` adds to the JVM it launches (its optimizedLaunch): C1 only
  private static final List<String> AS_RUN = List.of("-XX:TieredStopAtLevel=1");

  @Test
  void theEmbeddedDefaultStartsAndRestarts() throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add("| launched | start | data folder | to healthy, s | JVM CPU, s |");
    lines.add("| --- | --- | --- | ---: | ---: |");
    series("as `spring-boot:run` launches it", AS_RUN, lines);
    series("with the JIT's defaults, as the jar runs", List.of(), lines);
    String report = String.join("\n", lines) + "\n";
    System.out.println(report);
    Path out = Path.of("target", "benchmarks", "startup.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
  }

  // a cold start on an empty data folder, then restarts on the same folder
  private static void series(String launched, List<String> options, List<String> lines)
      throws Exception {
    Path data = Files.createTempDirectory("yingzai-startup-");
    lines.add(start(launched, options, "cold", data, "empty"));
    for (int i = 1; i <= RESTARTS; i++) {
      lines.add(start(launched, options, "restart " + i, data, "kept"));
    }
  }

  private static String start(
      String launched, List<String> options, String name, Path data, String folder)
      throws Exception {
    int port = HallProcess.freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx512m", "-Duser.timezone=Asia/Shanghai"));
    command.addAll(options);
    // -Dstartup.jvmArgs adds options, e.g. a flight recording of the start
    String extra = System.getProperty("startup.jvmArgs", "");
    if (!extra.isBlank()) {
      command.addAll(List.of(extra.trim().split("\\s+")));
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(YingzaiApplication.class.getName());
    command.add("--spring.profiles.active=local");
    command.add("--server.port=" + port);
    command.add("--yingzai.embedded-db.data-dir=" + data.resolve("mariadb"));
    command.add("--yingzai.files.dir=" + data.resolve("files"));
    command.add("--yingzai.audit.archive.dir=" + data.resolve("audit-archive"));
    Path log =
        Path.of("target", "startup-" + options.size() + "-" + name.replace(' ', '-') + ".log")
            .toAbsolutePath();
    long launchedAt = System.nanoTime();
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      HttpClient http = HttpClient.newHttpClient();
      HttpRequest health =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
              .timeout(Duration.ofSeconds(2))
              .build();
      long deadline = launchedAt + Duration.ofMinutes(5).toNanos();
      while (true) {
        assertThat(process.isAlive()).as("the service hall ended; see %s", log).isTrue();
        assertThat(System.nanoTime())
            .as("not healthy in 5 minutes; see %s", log)
            .isLessThan(deadline);
        try {
          HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
          if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
            break;
          }
        } catch (IOException e) {
          // not listening yet
        }
        Thread.sleep(100);
      }
      double seconds = (System.nanoTime() - launchedAt) / 1e9;
      double cpu =
          process.toHandle().info().totalCpuDuration().map(Duration::toMillis).orElse(0L) / 1e3;
      return String.format(
          Locale.ROOT, "| %s | %s | %s | %.1f | %.1f |", launched, name, folder, seconds, cpu);
    } finally {
      // a clean stop (SIGTERM), as an operator stops it, so the next start finds the data intact
      process.destroy();
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly().waitFor();
      }
    }
  }
}
