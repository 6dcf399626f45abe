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

/**
 * Uploaded material files, checked and kept in the content-addressed {@link ContentFiles}; used as
 * well by whoever takes materials for applications yet to be made (a project's stage).
 */
@Component
public class MaterialFiles {

  static final long MAX_BYTES = 20L * 1024 * 1024;

  /** A kept file: its sha256, size and detected type. */
  public record StoredFile(String sha256, long size, String contentType) {}

  /** A kept upload with the file name it is shown under. */
  public record StoredUpload(String fileName, StoredFile file) {}

  private final ContentFiles files;

  MaterialFiles(ContentFiles files) {
    this.files = files;
  }

  /**
   * Checks the name and the bytes of an uploaded file and keeps it.
   *
   * @throws ProblemException 400 {@code FILE_EMPTY} or a bad name; 413 {@code FILE_TOO_LARGE}; 415
   *     {@code FILE_TYPE_NOT_ALLOWED}
   */
  public StoredUpload storeUpload(String fileName, InputStream content) {
    FileNames.requireKeepable(fileName);
    StoredFile stored = store(content);
    return new StoredUpload(FileNames.of(fileName, stored.contentType()), stored);
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
  public InputStreamSource source(String sha256, long size) {
    return files.source(sha256, size);
  }
}
