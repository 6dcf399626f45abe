package org.yingzai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * What can be checked of {@code docker/} without a Docker engine: the compose file's services and
 * settings, and that every file and command the Dockerfile and the compose file use exists.
 */
class DockerFilesTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path DOCKER = ROOT.resolve("docker");

  @Test
  @SuppressWarnings("unchecked")
  void composeRunsTwoNodesOnMySql84BehindAProxyEachWithAHealthCheck() throws IOException {
    Map<String, Object> compose = new Yaml().load(Files.readString(DOCKER.resolve("compose.yml")));
    Map<String, Map<String, Object>> services =
        (Map<String, Map<String, Object>>) compose.get("services");

    assertThat(services).containsOnlyKeys("mysql", "hall-1", "hall-2", "proxy");
    services.forEach((name, service) -> assertThat(service).as(name).containsKey("healthcheck"));
    Map<String, Object> mysql = services.get("mysql");
    assertThat(mysql.get("image")).isEqualTo("mysql:8.4");
    assertThat((List<String>) mysql.get("command"))
        .contains(
            "--transaction-isolation=READ-COMMITTED",
            "--character-set-server=utf8mb4",
            "--collation-server=utf8mb4_unicode_ci",
            "--log-bin-trust-function-creators=ON");
    for (String node : List.of("hall-1", "hall-2")) {
      Map<String, Object> hall = services.get(node);
      Map<String, String> build = (Map<String, String>) hall.get("build");
      assertThat(DOCKER.resolve(build.get("context")).resolve(build.get("dockerfile")))
          .isRegularFile();
      Map<String, String> environment = (Map<String, String>) hall.get("environment");
      assertThat(environment)
          .containsKeys("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
      assertThat(environment.get("SPRING_DATASOURCE_URL"))
          .startsWith("jdbc:mysql://mysql:3306/yingzai?")
          .contains(
              "sendFractionalSeconds=false",
              "connectionTimeZone=UTC",
              "forceConnectionTimeZoneToSession=true",
              "nullDatabaseMeansCurrent=true");
    }
    List<String> proxyVolumes = (List<String>) services.get("proxy").get("volumes");
    assertThat(proxyVolumes).hasSize(1);
    Path nginxConf = DOCKER.resolve(proxyVolumes.get(0).split(":")[0]).normalize();
    assertThat(Files.readString(nginxConf))
        .contains("server hall-1:8080", "server hall-2:8080", "proxy_pass http://service_hall");
  }

  @Test
  void theDockerfileBuildsWithTheWrapperAndRunsTheBuiltJarAsANonRootUser() throws IOException {
    List<String> lines = Files.readAllLines(DOCKER.resolve("Dockerfile"));
    String dockerfile = String.join("\n", lines);

    assertThat(lines.stream().filter(line -> line.startsWith("FROM "))).hasSize(2);
    assertThat(ROOT.resolve("mvnw")).isExecutable();
    assertThat(dockerfile)
        .contains("./mvnw -B -q -DskipTests -pl backend -am package")
        .contains("cp backend/target/yingzai-backend-*.jar /yingzai.jar")
        .contains("COPY --from=build /yingzai.jar /app/yingzai.jar")
        .contains("\"-jar\", \"/app/yingzai.jar\"");
    // the jar the Dockerfile copies is the one the backend's build makes
    assertThat(Files.readString(ROOT.resolve("backend/pom.xml")))
        .contains("<artifactId>yingzai-backend</artifactId>")
        .doesNotContain("<finalName>");
    assertThat(lines)
        .filteredOn(line -> line.startsWith("USER "))
        .singleElement()
        .isEqualTo("USER yingzai");
    assertThat(Files.readAllLines(ROOT.resolve(".dockerignore"))).contains("**/target/", "data/");
  }
}
