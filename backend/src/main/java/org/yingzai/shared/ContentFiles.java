package org.yingzai.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Files outside the database (materials, result documents), content-addressed by sha256 under
 * {@code yingzai.files.dir}: the same bytes are stored once, and a stored file never changes.
 */
@Component
public class ContentFiles {

  private final Path root;

  ContentFiles(@Value("${yingzai.files.dir}") Path root) {
    this.root = root.toAbsolutePath();
  }

  /** A new temporary file beside the stored ones, for content on its way in. */
  public Path incoming() throws IOException {
    Files.createDirectories(root.resolve("incoming"));
    return Files.createTempFile(root.resolve("incoming"), "upload-", ".part");
  }

  /** Gives a temporary file its place by its sha256; when those bytes are stored, keeps those. */
  public void keep(Path incoming, String sha256) throws IOException {
    Path target = pathOf(sha256);
    if (Files.exists(target)) {
      return;
    }
    Files.createDirectories(target.getParent());
    try {
      Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(incoming, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Stores the bytes and answers their sha256. */
  public String store(byte[] bytes) {
    String sha256 = Sha256.of(bytes);
    try {
      Path incoming = incoming();
      try {
        Files.write(incoming, bytes);
        keep(incoming, sha256);
      } finally {
        Files.deleteIfExists(incoming);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sha256;
  }

  public Path pathOf(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("Not a sha256: " + sha256);
    }
    return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
  }
}
