package org.yingzai.applications;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.yingzai.shared.ProblemException;

/**
 * Material files outside the database, content-addressed by sha256: the same bytes are stored once,
 * and a stored file never changes.
 */
@Component
class MaterialFiles {

  static final long MAX_BYTES = 20L * 1024 * 1024;

  record StoredFile(String sha256, long size, String contentType) {}

  private final Path root;

  MaterialFiles(@Value("${yingzai.files.dir}") Path root) {
    this.root = root.toAbsolutePath();
  }

  StoredFile store(InputStream content) {
    try {
      Files.createDirectories(root.resolve("incoming"));
      Path incoming = Files.createTempFile(root.resolve("incoming"), "upload-", ".part");
      try {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        long size;
        try (InputStream in = new DigestInputStream(content, sha256)) {
          size = Files.copy(in, incoming, StandardCopyOption.REPLACE_EXISTING);
        }
        if (size == 0) {
          throw ProblemException.badRequest("FILE_EMPTY");
        }
        if (size > MAX_BYTES) {
          throw new ProblemException(HttpStatus.PAYLOAD_TOO_LARGE, "FILE_TOO_LARGE", 20);
        }
        String type =
            FileTypes.detect(incoming)
                .orElseThrow(
                    () ->
                        new ProblemException(
                            HttpStatus.UNSUPPORTED_MEDIA_TYPE, "FILE_TYPE_NOT_ALLOWED"));
        String hash = HexFormat.of().formatHex(sha256.digest());
        Path target = pathOf(hash);
        if (!Files.exists(target)) {
          Files.createDirectories(target.getParent());
          try {
            Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
          } catch (AtomicMoveNotSupportedException e) {
            Files.move(incoming, target, StandardCopyOption.REPLACE_EXISTING);
          }
        }
        return new StoredFile(hash, size, type);
      } finally {
        Files.deleteIfExists(incoming);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  Path pathOf(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("Not a sha256: " + sha256);
    }
    return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
  }
}
