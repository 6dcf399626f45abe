package org.yingzai.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a JVM killed without its shutdown hooks leaves behind: a MariaDB server still running on its
 * data folder (which then holds the folder's locks), and the temporary folders it unpacked the
 * server into. Each temporary folder's name carries the pid of the JVM that made it, so that only
 * the folders of JVMs that are gone are removed, never those of a JVM running beside this one.
 */
final class Leftovers {

  private static final Logger log = LoggerFactory.getLogger(Leftovers.class);

  private static final Pattern FOLDER =
      Pattern.compile("yingzai-mariadb-(base|tmp|placeholder|data)-(\\d+)-.*");

  private static final long STOP_WAIT_SECONDS = 60;

  private Leftovers() {}

  /** The prefix of a temporary folder of this JVM. */
  static String prefix(String kind) {
    return "yingzai-mariadb-" + kind + "-" + ProcessHandle.current().pid() + "-";
  }

  /**
   * Stops the server a killed JVM left running on this data folder. A server whose JVM is still
   * alive is not an orphan: starting a second one on the same folder is refused instead.
   */
  static void stopOrphanOn(Path dataDir, List<String> report) throws IOException {
    try (DirectoryStream<Path> pidFiles = Files.newDirectoryStream(dataDir, "*.pid")) {
      for (Path pidFile : pidFiles) {
        Optional<ProcessHandle> server = serverOf(pidFile, dataDir);
        if (server.isEmpty()) {
          continue;
        }
        Optional<ProcessHandle> owner = server.get().parent().filter(Leftovers::isJava);
        if (owner.isPresent()) {
          throw new IllegalStateException(
              "The data folder "
                  + dataDir
                  + " is in use by the MariaDB server "
                  + server.get().pid()
                  + " of the running JVM "
                  + owner.get().pid()
                  + ": stop that service hall first");
        }
        stop(server.get());
        report.add(
            "Stopped the MariaDB server "
                + server.get().pid()
                + " that a killed JVM had left running on "
                + dataDir);
      }
    }
  }

  /**
   * Removes the temporary folders of JVMs that are gone, after stopping any server still running
   * from them (their orphans, on a temporary or a kept data folder).
   */
  static void clean(List<String> report) {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    List<Path> abandoned = new ArrayList<>();
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(tmp, "yingzai-mariadb-*")) {
      for (Path folder : folders) {
        Matcher name = FOLDER.matcher(folder.getFileName().toString());
        if (name.matches() && !alive(Long.parseLong(name.group(2)))) {
          abandoned.add(folder.toAbsolutePath());
        }
      }
    } catch (IOException e) {
      log.debug("Could not look for leftovers in {}", tmp, e);
      return;
    }
    if (abandoned.isEmpty()) {
      return;
    }
    ProcessHandle.allProcesses()
        .filter(process -> isMariaDb(process) && mentionsAny(process, abandoned))
        .forEach(
            orphan -> {
              stop(orphan);
              report.add("Stopped the MariaDB server " + orphan.pid() + " of a killed JVM");
            });
    for (Path folder : abandoned) {
      deleteQuietly(folder, true);
    }
    report.add("Removed the temporary folders of ended JVMs: " + abandoned);
  }

  /** The live server whose pid this file holds, if it is a MariaDB server on this data folder. */
  private static Optional<ProcessHandle> serverOf(Path pidFile, Path dataDir) {
    long pid;
    try {
      pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).strip());
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
    String datadir = "--datadir=" + dataDir;
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(Leftovers::isMariaDb)
        .filter(process -> arguments(process).contains(datadir));
  }

  private static void stop(ProcessHandle server) {
    server.destroy();
    try {
      server.onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      server.destroyForcibly();
      server.onExit().orTimeout(STOP_WAIT_SECONDS, TimeUnit.SECONDS).join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while stopping MariaDB " + server.pid(), e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("MariaDB " + server.pid() + " did not stop", e);
    }
  }

  private static boolean alive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  private static boolean isMariaDb(ProcessHandle process) {
    String command = process.info().command().orElse("");
    return command.endsWith("/mariadbd") || command.endsWith("/mysqld");
  }

  private static boolean isJava(ProcessHandle process) {
    String command = process.info().command().orElse("");
    return command.endsWith("/java") || command.endsWith("\\java.exe");
  }

  private static boolean mentionsAny(ProcessHandle process, List<Path> folders) {
    String command = process.info().command().orElse("") + " " + arguments(process);
    return folders.stream().anyMatch(folder -> command.contains(folder.toString()));
  }

  private static List<String> arguments(ProcessHandle process) {
    return process.info().arguments().map(Arrays::asList).orElse(List.of());
  }

  static void deleteQuietly(Path dir, boolean onlyTemporary) {
    if (dir == null
        || (onlyTemporary
            && !dir.toAbsolutePath().startsWith(Path.of(System.getProperty("java.io.tmpdir"))))) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      log.debug("Could not delete {}", dir, e);
    }
  }
}
