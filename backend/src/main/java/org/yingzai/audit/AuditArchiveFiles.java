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
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The archive files: one record a line as JSON, hashes included, gzipped, named after the stretch
 * they hold. The same records always give the same bytes, so two instances archiving the same
 * stretch write the same file.
 */
final class AuditArchiveFiles {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private final Path dir;

  AuditArchiveFiles(Path dir) {
    this.dir = dir;
  }

  static String fileName(long fromSeq, long toSeq) {
    return String.format("audit-%012d-%012d.jsonl.gz", fromSeq, toSeq);
  }

  Path path(String fileName) {
    return dir.resolve(fileName);
  }

  /** A file being written under a temporary name; {@link Writer#finish} moves it into place. */
  Writer writer(long fromSeq, long toSeq) {
    try {
      Files.createDirectories(dir);
      return new Writer(
          Files.createTempFile(dir, "audit-", ".part"), path(fileName(fromSeq, toSeq)));
    } catch (IOException e) {
      throw new UncheckedIOException("The audit archive folder " + dir + " is not writable", e);
    }
  }

  /**
   * Reads an archive file record by record and answers the sha256 of its bytes.
   *
   * @throws IOException when the file is missing or cannot be read as records
   */
  String read(String fileName, Consumer<AuditRecord> records) throws IOException {
    MessageDigest sha256 = sha256();
    try (InputStream file = Files.newInputStream(path(fileName));
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

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes records to a temporary file, then forces it to disk and gives it its name. */
  static final class Writer implements Closeable {

    private final Path temporary;
    private final Path target;
    private final FileOutputStream file;
    private final MessageDigest sha256 = sha256();
    private final BufferedWriter out;
    private boolean finished;

    private Writer(Path temporary, Path target) throws IOException {
      this.temporary = temporary;
      this.target = target;
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

    /** Closes the file, forces it to disk and moves it to its name; answers its sha256. */
    String finish() {
      try {
        out.flush();
        // GZIPOutputStream writes its trailer on close; the channel is forced before the move
        out.close();
        finished = true;
        try (FileChannel channel = FileChannel.open(temporary)) {
          channel.force(true);
        }
        Files.move(
            temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        forceFolder(target.getParent());
        return HexFormat.of().formatHex(sha256.digest());
      } catch (IOException e) {
        throw new UncheckedIOException("The audit archive " + target + " could not be written", e);
      }
    }

    String fileName() {
      return target.getFileName().toString();
    }

    // the new name on disk too, before the records leave the table (not every system allows it)
    private static void forceFolder(Path folder) {
      try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
        channel.force(true);
      } catch (IOException e) {
        // a system that cannot open folders keeps names durable by itself
      }
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
          // a leftover .part file is harmless: verification reads only named archives
        }
      }
    }
  }
}
