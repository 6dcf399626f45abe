package org.yingzai.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yingzai.files.ContentFiles;

/**
 * The archive files: one record a line as JSON, hashes included, gzipped, named after the stretch
 * they hold. The same records always give the same bytes, so two instances archiving the same
 * stretch write the same file. They are stored files ({@link ContentFiles}, by the sha256 their
 * stretch's row keeps), so that a verification on any node reads them; archives written before lie
 * in the archive folder under their names, are read from there and moved into the stored files by
 * the next archiving.
 */
final class AuditArchiveFiles {

  private static final Logger log = LoggerFactory.getLogger(AuditArchiveFiles.class);

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private final ContentFiles files;
  private final Path dir;

  AuditArchiveFiles(ContentFiles files, Path dir) {
    this.files = files;
    this.dir = dir;
  }

  static String fileName(long fromSeq, long toSeq) {
    return String.format("audit-%012d-%012d.jsonl.gz", fromSeq, toSeq);
  }

  /** A file being written to a temporary file; {@link Writer#finish} stores it. */
  Writer writer(long fromSeq, long toSeq) {
    try {
      return new Writer(files, files.incoming(), fileName(fromSeq, toSeq));
    } catch (IOException e) {
      throw new UncheckedIOException("The audit archive could not be begun", e);
    }
  }

  /**
   * Reads an archive file record by record and answers the sha256 of its bytes.
   *
   * @throws IOException when the file is missing or cannot be read as records
   */
  String read(AuditArchive archive, Consumer<AuditRecord> records) throws IOException {
    MessageDigest sha256 = sha256();
    try (InputStream file = open(archive);
        DigestInputStream digesting = new DigestInputStream(file, sha256);
        BufferedReader lines =
            new BufferedReader(
                new InputStreamReader(new GZIPInputStream(digesting), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        records.accept(JSON.readValue(line, AuditRecord.class));
      }
      // the rest of the bytes (gzip's trailer) count too
      digesting.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  // as stored: the verification digests the bytes itself, to name the record changed
  private InputStream open(AuditArchive archive) throws IOException {
    Path legacy = legacy(archive);
    if (files.find(archive.fileSha256()) == null && legacy != null && Files.exists(legacy)) {
      return Files.newInputStream(legacy);
    }
    return files.openAsStored(archive.fileSha256());
  }

  /**
   * Moves an archive of the archive folder into the stored files, when it is the file archived and
   * is not stored yet; the folder's file stays, for the administrator to remove.
   */
  void adopt(AuditArchive archive) throws IOException {
    Path legacy = legacy(archive);
    if (legacy == null
        || !Files.exists(legacy)
        || !ContentFiles.isSha256(archive.fileSha256())
        || files.find(archive.fileSha256()) != null) {
      return;
    }
    Path incoming = files.incoming();
    try {
      Files.copy(legacy, incoming, StandardCopyOption.REPLACE_EXISTING);
      String sha256;
      try (InputStream in = Files.newInputStream(incoming)) {
        sha256 = digest(in);
      }
      if (!sha256.equals(archive.fileSha256())) {
        log.warn("Audit archive {} is not the file archived; left where it is", legacy);
        return;
      }
      files.keep(incoming, sha256);
      log.info("Audit archive {} moved into {}", legacy, files.describe());
    } finally {
      Files.deleteIfExists(incoming);
    }
  }

  private Path legacy(AuditArchive archive) {
    String name = archive.fileName();
    // a name as archiving gives it, never a path
    return name != null && name.matches("audit-\\d{12}-\\d{12}\\.jsonl\\.gz")
        ? dir.resolve(name)
        : null;
  }

  private static String digest(InputStream in) throws IOException {
    MessageDigest sha256 = sha256();
    try (DigestInputStream digesting = new DigestInputStream(in, sha256)) {
      digesting.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes records to a temporary file, then stores it durably under its sha256. */
  static final class Writer implements Closeable {

    private final ContentFiles files;
    private final Path temporary;
    private final String fileName;
    private final FileOutputStream file;
    private final MessageDigest sha256 = sha256();
    private final BufferedWriter out;
    private boolean finished;

    private Writer(ContentFiles files, Path temporary, String fileName) throws IOException {
      this.files = files;
      this.temporary = temporary;
      this.fileName = fileName;
      this.file = new FileOutputStream(temporary.toFile());
      this.out =
          new BufferedWriter(
              new OutputStreamWriter(
                  new GZIPOutputStream(new DigestOutputStream(file, sha256), 1 << 16),
                  StandardCharsets.UTF_8),
              1 << 16);
    }

    void add(AuditRecord record) {
      try {
        out.write(JSON.writeValueAsString(record));
        out.write('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Closes the file and stores it (on disk or in the bucket before this returns); its sha256. */
    String finish() {
      try {
        out.flush();
        // GZIPOutputStream writes its trailer on close
        out.close();
        finished = true;
        String hash = HexFormat.of().formatHex(sha256.digest());
        files.keep(temporary, hash);
        return hash;
      } catch (IOException e) {
        throw new UncheckedIOException("The audit archive " + fileName + " could not be stored", e);
      }
    }

    String fileName() {
      return fileName;
    }

    @Override
    public void close() {
      try {
        if (!finished) {
          out.close();
        }
      } catch (IOException e) {
        // the temporary file is removed below either way
      } finally {
        try {
          file.close();
          Files.deleteIfExists(temporary);
        } catch (IOException e) {
          // a leftover temporary file is harmless: verification reads only stored archives
        }
      }
    }
  }
}
