package org.yingzai.support;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.yingzai.YingzaiApplication;

/**
 * The service hall started as a JVM of its own from the test JVM's classes, so that a test can kill
 * it or read its exit code. Its output goes to a file under {@code target/}, which the test shows
 * when something fails.
 */
public final class HallProcess implements AutoCloseable {

  private static final int FIRST_PORT = 20000;
  private static final int PORTS = 12000;

  private static final String STARTED = "Started " + YingzaiApplication.class.getSimpleName();
  // what Spring Boot logs when the start failed, with a failure analysis or without one, while a
  // thread may keep the JVM running
  private static final List<String> FAILED =
      List.of("APPLICATION FAILED TO START", "Application run failed");

  private final Process process;
  private final Path log;
  private final Thread pump;
  private final CountDownLatch startedOrEnded = new CountDownLatch(1);
  private volatile boolean started;

  private HallProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
    this.pump = new Thread(this::pumpOutput, "hall-process-output");
    pump.setDaemon(true);
    pump.start();
  }

  /**
   * Starts the service hall with the arguments ({@code --name=value}), logging to {@code
   * target/<name>.log}.
   */
  public static HallProcess start(String name, List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // the surefire fork's own options: its heap may be smaller, it never runs long enough for C2
    command.addAll(
        List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-Duser.timezone=Asia/Shanghai", "-cp"));
    // a manifest-only jar under surefire, which the child reads the same way
    command.add(System.getProperty("java.class.path"));
    command.add(YingzaiApplication.class.getName());
    command.addAll(arguments);
    try {
      Path log = Path.of("target", name + ".log").toAbsolutePath();
      Files.createDirectories(log.getParent());
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      // the child's database is the one its arguments name, never one of the environment
      builder
          .environment()
          .keySet()
          .removeIf(variable -> variable.startsWith("SPRING_DATASOURCE_"));
      Process process = builder.start();
      return new HallProcess(process, log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A port on the loopback interface that nothing listens on just now, below the range the system
   * hands out for port 0 (32768 and up on Linux): the embedded database of a service hall started
   * with it takes its own port from that range before the web server binds this one, and once took
   * the very same number.
   */
  public static int freePort() {
    IOException last = null;
    for (int attempt = 0; attempt < 200; attempt++) {
      int port = FIRST_PORT + ThreadLocalRandom.current().nextInt(PORTS);
      try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        return socket.getLocalPort();
      } catch (IOException busy) {
        last = busy;
      }
    }
    throw new UncheckedIOException("No free port from " + FIRST_PORT, last);
  }

  /** Waits until the service hall has started, or fails with its log if it ended or took long. */
  public void awaitStarted(Duration timeout) throws InterruptedException {
    if (!startedOrEnded.await(timeout.toMillis(), TimeUnit.MILLISECONDS) || !started) {
      // the failure's analysis and stack follow its first line: give them a moment to be written
      process.waitFor(5, TimeUnit.SECONDS);
      throw new AssertionError("The service hall did not start:\n" + log());
    }
  }

  /** Waits until the service hall has written this text, or fails with its log. */
  public void awaitOutput(String text, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!log().contains(text)) {
      if (System.nanoTime() > deadline || !process.isAlive()) {
        throw new AssertionError("The service hall did not write " + text + ":\n" + log());
      }
      Thread.sleep(100);
    }
  }

  /** Waits for the service hall to end by itself and returns its exit code. */
  public int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("The service hall did not end within " + timeout + ":\n" + log());
    }
    pump.join(Duration.ofSeconds(10).toMillis());
    return process.exitValue();
  }

  /** Asks the JVM to end (SIGTERM), as a service manager or a container runtime does. */
  public void terminate() {
    // through its handle: Process.destroy() would also close the pipe its last lines come through
    process.toHandle().destroy();
  }

  /** Kills the JVM at once (SIGKILL): no shutdown hook runs, no transaction is finished. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  /** What the service hall wrote so far, with the file's place. */
  public String log() {
    try {
      return log + "\n" + Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return log + " cannot be read: " + e;
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
    pump.join(Duration.ofSeconds(10).toMillis());
  }

  private void pumpOutput() {
    try (BufferedReader output =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        BufferedWriter file = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      for (String line = output.readLine(); line != null; line = output.readLine()) {
        file.write(line);
        file.newLine();
        file.flush();
        if (!started && line.contains(STARTED)) {
          started = true;
          startedOrEnded.countDown();
        } else if (FAILED.stream().anyMatch(line::contains)) {
          startedOrEnded.countDown();
        }
      }
    } catch (IOException e) {
      // the process was killed while its output was read: what was read is in the file
    } finally {
      startedOrEnded.countDown();
    }
  }
}
