package org.yingzai.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3 API server for the tests: Adobe's S3Mock, started once per test JVM as a JVM of its own
 * from its executable jar (which the build copies to {@code target/s3mock/s3mock.jar}), so that its
 * own Spring Boot application stays off the service hall's class path. Each test class takes a
 * bucket of its own; {@link #properties} and {@link #arguments} configure a service hall to keep
 * its files there. The server's output goes to {@code target/s3mock.log}.
 */
public final class ObjectStore {

  public static final String ACCESS_KEY = "yingzai-test";
  public static final String SECRET_KEY = "yingzai-test-secret";
  private static final Duration START = Duration.ofMinutes(2);

  private static ObjectStore server;

  private final Process process;
  private final URI endpoint;
  private final S3Client client;

  private ObjectStore(Process process, URI endpoint) {
    this.process = process;
    this.endpoint = endpoint;
    this.client =
        S3Client.builder()
            .endpointOverride(endpoint)
            .region(Region.US_EAST_1)
            .forcePathStyle(true)
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .build();
  }

  /** The test JVM's S3 API server, started on the first call and stopped when the JVM ends. */
  public static synchronized ObjectStore server() {
    if (server == null) {
      server = start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "s3mock-stop"));
    }
    return server;
  }

  /**
   * Makes a new, empty bucket of that name (lowercase letters, digits and dashes) and answers it.
   */
  public String bucket(String name) {
    client.createBucket(create -> create.bucket(name));
    return name;
  }

  /** The server's address, e.g. {@code http://127.0.0.1:40123}. */
  public URI endpoint() {
    return endpoint;
  }

  /** A client of the server, to look at or change objects behind the service hall's back. */
  public S3Client client() {
    return client;
  }

  /**
   * The {@code yingzai.files.*} properties of a service hall that keeps its files in the bucket.
   */
  public Map<String, String> properties(String bucket) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("yingzai.files.store", "object-store");
    properties.put("yingzai.files.object-store.bucket", bucket);
    properties.put("yingzai.files.object-store.endpoint", endpoint.toString());
    properties.put("yingzai.files.object-store.region", "us-east-1");
    properties.put("yingzai.files.object-store.path-style", "true");
    properties.put("yingzai.files.object-store.access-key", ACCESS_KEY);
    properties.put("yingzai.files.object-store.secret-key", SECRET_KEY);
    return properties;
  }

  /** The same as command-line arguments, for a {@link HallProcess}. */
  public List<String> arguments(String bucket) {
    List<String> arguments = new ArrayList<>();
    properties(bucket).forEach((name, value) -> arguments.add("--" + name + "=" + value));
    return arguments;
  }

  private static ObjectStore start() {
    Path jar = Path.of("target", "s3mock", "s3mock.jar").toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar + " is missing: the build copies it (mvnw process-test-classes)");
    }
    int http = HallProcess.freePort();
    int https = HallProcess.freePort();
    Path root = Path.of("target", "s3mock-data", String.valueOf(ProcessHandle.current().pid()));
    Path log = Path.of("target", "s3mock.log").toAbsolutePath();
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m",
            "-XX:TieredStopAtLevel=1",
            "-jar",
            jar.toString(),
            "--server.address=127.0.0.1",
            "--server.port=" + https,
            "--com.adobe.testing.s3mock.http-port=" + http,
            "--com.adobe.testing.s3mock.store.root=" + root.toAbsolutePath(),
            "--logging.level.root=WARN");
    try {
      Files.createDirectories(log.getParent());
      // S3Mock makes its root folder, not the folders above it
      Files.createDirectories(root.toAbsolutePath().getParent());
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      URI endpoint = URI.create("http://127.0.0.1:" + http);
      awaitListening(process, endpoint, log);
      return new ObjectStore(process, endpoint);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void awaitListening(Process process, URI endpoint, Path log) throws IOException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long deadline = System.nanoTime() + START.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "S3Mock ended:\n" + Files.readString(log, StandardCharsets.UTF_8));
      }
      try {
        HttpResponse<Void> answer =
            http.send(
                HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      try {
        // waiting for another process to listen; no engine clock to move here
        TimeUnit.MILLISECONDS.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    process.destroyForcibly();
    throw new IllegalStateException(
        "S3Mock did not start within "
            + START
            + ":\n"
            + Files.readString(log, StandardCharsets.UTF_8));
  }

  private void stop() {
    client.close();
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
    }
  }
}
