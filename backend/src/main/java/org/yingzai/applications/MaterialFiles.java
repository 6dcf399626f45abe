package org.yingzai.applications;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.core.io.InputStreamSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.yingzai.files.ContentFiles;
import org.yingzai.shared.ProblemException;

/** Uploaded material files, checked and kept in the content-addressed {@link ContentFiles}. */
@Component
class MaterialFiles {

  static final long MAX_BYTES = 20L * 1024 * 1024;

  record StoredFile(String sha256, long size, String contentType) {}

  private final ContentFiles files;

  MaterialFiles(ContentFiles files) {
    this.files = files;
  }

  StoredFile store(InputStream content) {
    try {
      Path incoming = files.incoming();
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
        files.keep(incoming, hash);
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

  /** The stored bytes, opened when they are read and checked against their sha256. */
  InputStreamSource source(String sha256, long size) {
    return files.source(sha256, size);
  }
}
