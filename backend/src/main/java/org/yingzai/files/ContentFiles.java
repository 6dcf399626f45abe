package org.yingzai.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import org.springframework.core.io.InputStreamSource;

/**
 * Files outside the database (materials, result documents, audit archives), content-addressed by
 * sha256: the same bytes are stored once, a stored file never changes, and every read checks the
 * bytes against their name. Kept in a folder ({@code yingzai.files.store=folder}, the default) or
 * in an S3-compatible object store ({@code object-store}) that every node reads.
 */
public interface ContentFiles {

  /** A new temporary file on this node, for content on its way in; the caller deletes it. */
  Path incoming() throws IOException;

  /**
   * Stores the temporary file's bytes under their sha256, durably, before it returns; when those
   * bytes are stored already, marks them as just stored, so that no sweep takes them before the row
   * that is about to point to them commits.
   */
  void keep(Path incoming, String sha256) throws IOException;

  /** Stores the bytes and answers their sha256. */
  String store(byte[] bytes);

  /**
   * The stored bytes as a stream that is checked while it is read: the last bytes are handed out
   * only once the length and the sha256 are found right, else the read fails with {@link
   * ContentFileRefusedException}.
   *
   * @throws java.nio.file.NoSuchFileException when nothing is stored under the sha256
   */
  InputStream open(String sha256) throws IOException;

  /** As {@link #open(String)}, for content that must be {@code size} bytes long. */
  InputStream open(String sha256, long size) throws IOException;

  /**
   * The stored bytes as they are, unchecked: only for a reader that digests them itself and must
   * find out more than that they changed (the audit verification names the record changed).
   *
   * @throws java.nio.file.NoSuchFileException when nothing is stored under the sha256
   */
  InputStream openAsStored(String sha256) throws IOException;

  /** Opens the content only when it is read (a response body, a mail attachment). */
  default InputStreamSource source(String sha256, long size) {
    return () -> open(sha256, size);
  }

  /** Whether the store holds the sha256, and since when; {@code null} when it does not. */
  Stored find(String sha256) throws IOException;

  /** Every stored file, in no particular order. */
  void forEach(Consumer<Stored> each) throws IOException;

  /** Removes a stored file; nothing when it is not there. */
  void delete(String sha256) throws IOException;

  /** The store's own clock, which its timestamps are read against. */
  Instant now() throws IOException;

  /** Where the files are, for the log. */
  String describe();

  /** One stored file: its sha256, length, and when it was last stored, by the store's clock. */
  record Stored(String sha256, long size, Instant stored) {}

  /** Whether the text is a sha256 as files are named by: 64 lowercase hex digits. */
  static boolean isSha256(String text) {
    return text != null && text.length() == 64 && text.matches("[0-9a-f]{64}");
  }

  static String requireSha256(String sha256) {
    if (!isSha256(sha256)) {
      throw new IllegalArgumentException("Not a sha256: " + sha256);
    }
    return sha256;
  }
}
