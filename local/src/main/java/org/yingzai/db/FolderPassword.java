package org.yingzai.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** The application user's password of an embedded data folder, kept in the folder for its owner. */
final class FolderPassword {

  private FolderPassword() {}

  /** The password of this data folder: generated at its first start, then read from its file. */
  static String of(Path dataDir) throws IOException {
    Path file = dataDir.resolve(EmbeddedMariaDb.PASSWORD_FILE);
    if (Files.exists(file)) {
      return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }
    byte[] secret = new byte[24];
    new SecureRandom().nextBytes(secret);
    // URL-safe Base64 needs no quoting in SQL or in a properties file
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    writePrivately(file, password);
    return password;
  }

  /**
   * Run by the server at every start before it takes connections: the application user with this
   * folder's password, and no account that logs in without one.
   */
  static String initStatements(String password) {
    String user = "'" + EmbeddedMariaDb.USERNAME + "'@'127.0.0.1'";
    return String.join(
        "\n",
        "CREATE USER IF NOT EXISTS " + user + " IDENTIFIED BY '" + password + "';",
        "ALTER USER " + user + " IDENTIFIED BY '" + password + "';",
        "GRANT ALL PRIVILEGES ON *.* TO " + user + ";",
        "DELETE FROM mysql.global_priv WHERE User = '';",
        "FLUSH PRIVILEGES;",
        "");
  }

  static void writePrivately(Path file, String content) throws IOException {
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.deleteIfExists(file);
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    Files.writeString(file, content, StandardCharsets.US_ASCII);
  }
}
