package org.yingzai.benchmark;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.yingzai.support.ApprovalDriver;
import org.yingzai.support.ApprovalDriver.Round;

/**
 * The throughput benchmark's comparator ({@link RawCamunda}) in a JVM of its own, as it would be
 * deployed, driven line by line over its standard input. In the benchmark's own JVM the two shared
 * the engine's, MyBatis's and the driver's compiled code: each round of one undid the JIT's profile
 * of the other's calls, and the compiler ran through the measured rounds.
 */
final class RawEngineJvm implements AutoCloseable {

  private static final String URL = "RAW_ENGINE_URL";
  private static final String USERNAME = "RAW_ENGINE_USERNAME";
  private static final String PASSWORD = "RAW_ENGINE_PASSWORD";
  private static final String POOL_SIZE = "RAW_ENGINE_POOL_SIZE";
  private static final String DRIVER_SETTINGS = "RAW_ENGINE_DRIVER_SETTINGS";

  /** A round as the raw engine's JVM measured it: its JIT's and collector's time included. */
  record RawRound(Round round, long jitMs, long gcMs) {}

  private final Process process;
  private final BufferedWriter commands;
  private final BufferedReader answers;
  private final String historyLevel;

  private RawEngineJvm(Process process) throws IOException {
    this.process = process;
    this.commands =
        new BufferedWriter(
            new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
    this.answers =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.historyLevel = answer("ready")[1];
  }

  /**
   * Starts the raw engine's JVM with this JVM's heap, time zone and class path; the database's
   * credentials travel in its environment, not on its command line.
   */
  static RawEngineJvm start(
      String jdbcUrl, String username, String password, int poolSize, Properties driverSettings)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(
            argument ->
                argument.startsWith("-Xmx")
                    || argument.startsWith("-Xms")
                    || argument.startsWith("-Duser.timezone="))
        .forEach(command::add);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(RawEngineJvm.class.getName());
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    Map<String, String> environment = builder.environment();
    environment.put(URL, jdbcUrl);
    environment.put(USERNAME, username == null ? "" : username);
    environment.put(PASSWORD, password == null ? "" : password);
    environment.put(POOL_SIZE, Integer.toString(poolSize));
    environment.put(
        DRIVER_SETTINGS,
        driverSettings.entrySet().stream()
            .map(setting -> setting.getKey() + "=" + setting.getValue())
            .collect(Collectors.joining(";")));
    Process process = builder.start();
    try {
      return new RawEngineJvm(process);
    } catch (IOException | RuntimeException e) {
      process.destroyForcibly();
      throw e;
    }
  }

  /** The history level the engine really runs at. */
  String historyLevel() {
    return historyLevel;
  }

  /** Takes {@code count} new instances from start to end on {@code threads} threads. */
  RawRound run(int threads, int count) {
    String[] round = ask("run " + threads + " " + count, "round");
    return new RawRound(
        new Round(Integer.parseInt(round[1]), threads, Long.parseLong(round[2])),
        Long.parseLong(round[3]),
        Long.parseLong(round[4]));
  }

  /** How many instances have ended, from the engine's history. */
  long finished() {
    return Long.parseLong(ask("finished", "finished")[1]);
  }

  /** The CPU time the raw engine's JVM has used so far. */
  long cpuNanos() {
    return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }

  @Override
  public void close() {
    try {
      ask("quit", "bye");
      process.waitFor(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // it is stopped below either way
    } finally {
      process.destroyForcibly();
    }
  }

  private String[] ask(String command, String expected) {
    try {
      commands.write(command);
      commands.newLine();
      commands.flush();
      return answer(expected);
    } catch (IOException e) {
      throw new IllegalStateException("The raw engine's JVM did not answer " + command, e);
    }
  }

  private String[] answer(String expected) throws IOException {
    String line = answers.readLine();
    if (line == null) {
      throw new IllegalStateException("The raw engine's JVM ended (see its standard error)");
    }
    String[] words = line.split(" ");
    if (!words[0].equals(expected)) {
      throw new IllegalStateException("The raw engine's JVM answered: " + line);
    }
    return words;
  }

  /** The raw engine's JVM: answers each command on its standard input with one line. */
  public static void main(String[] arguments) throws IOException {
    // the answers have standard output to themselves; the libraries' logging goes to the error
    PrintStream out = System.out;
    System.setOut(System.err);
    Properties driverSettings = new Properties();
    String settings = System.getenv(DRIVER_SETTINGS);
    if (settings != null && !settings.isEmpty()) {
      for (String setting : settings.split(";")) {
        String[] pair = setting.split("=", 2);
        driverSettings.setProperty(pair[0], pair[1]);
      }
    }
    try (RawCamunda raw =
            new RawCamunda(
                System.getenv(URL),
                System.getenv(USERNAME),
                System.getenv(PASSWORD),
                Integer.parseInt(System.getenv(POOL_SIZE)),
                driverSettings);
        BufferedReader commands =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      out.println("ready " + raw.historyLevel());
      out.flush();
      for (String line = commands.readLine(); line != null; line = commands.readLine()) {
        String[] words = line.split(" ");
        switch (words[0]) {
          case "run" -> {
            int threads = Integer.parseInt(words[1]);
            List<String> keys =
                IntStream.range(0, Integer.parseInt(words[2]))
                    .mapToObj(i -> UUID.randomUUID().toString())
                    .toList();
            long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            long gc = gcMs();
            Round round = ApprovalDriver.run(keys, threads, raw::approve);
            out.println(
                "round "
                    + round.applications()
                    + " "
                    + round.nanos()
                    + " "
                    + (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit)
                    + " "
                    + (gcMs() - gc));
          }
          case "finished" -> out.println("finished " + raw.finished());
          case "quit" -> {
            out.println("bye");
            out.flush();
            return;
          }
          default -> out.println("unknown " + line);
        }
        out.flush();
      }
    }
  }

  private static long gcMs() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .sum();
  }
}
