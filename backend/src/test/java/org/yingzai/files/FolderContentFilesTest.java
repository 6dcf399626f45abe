package org.yingzai.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yingzai.shared.Sha256;

/**
 * The folder store: files under their sha256, read back checked, and a changed file refused before
 * its last bytes are handed out.
 */
class FolderContentFilesTest {

  @TempDir Path dir;

  @Test
  void storesBytesUnderTheirSha256AndReadsThemBack() throws IOException {
    FolderContentFiles files = new FolderContentFiles(dir);
    byte[] bytes = bytes(100_000, 1);

    String sha256 = files.store(bytes);

    assertThat(sha256).isEqualTo(Sha256.of(bytes));
    assertThat(files.pathOf(sha256))
        .isEqualTo(
            dir.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256));
    try (InputStream in = files.open(sha256)) {
      assertThat(in.readAllBytes()).isEqualTo(bytes);
    }
    try (InputStream in = files.open(sha256, bytes.length)) {
      assertThat(Sha256.of(in.readAllBytes())).isEqualTo(sha256);
    }
    assertThat(files.find(sha256).size()).isEqualTo(bytes.length);
    assertThat(files.store(bytes)).isEqualTo(sha256);
    List<String> listed = new ArrayList<>();
    files.forEach(stored -> listed.add(stored.sha256()));
    assertThat(listed).containsExactly(sha256);
  }

  @Test
  void aChangedFileIsRefusedBeforeItsLastBytesAreHandedOut() throws IOException {
    FolderContentFiles files = new FolderContentFiles(dir);
    byte[] bytes = bytes(100_000, 2);
    String sha256 = files.store(bytes);
    byte[] changed = bytes.clone();
    changed[50_000] ^= 1;
    Files.write(files.pathOf(sha256), changed);

    ByteArrayOutputStream received = new ByteArrayOutputStream();
    assertThatThrownBy(() -> copy(files.open(sha256), received))
        .isInstanceOf(ContentFileRefusedException.class)
        .hasMessageContaining(sha256)
        .hasMessageContaining("has the sha256 " + Sha256.of(changed));
    assertThat(received.size()).isLessThan(bytes.length);

    // a longer file, when the row says how long it is
    byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);
    Files.write(files.pathOf(sha256), longer);
    assertThatThrownBy(() -> copy(files.open(sha256, bytes.length), new ByteArrayOutputStream()))
        .isInstanceOf(ContentFileRefusedException.class)
        .hasMessageContaining("is longer than its " + bytes.length + " bytes");
    // a shorter one
    Files.write(files.pathOf(sha256), java.util.Arrays.copyOf(bytes, 10));
    assertThatThrownBy(() -> copy(files.open(sha256, bytes.length), new ByteArrayOutputStream()))
        .isInstanceOf(ContentFileRefusedException.class)
        .hasMessageContaining("ends after 10 of its " + bytes.length + " bytes");
  }

  @Test
  void aMissingFileIsNamed() {
    FolderContentFiles files = new FolderContentFiles(dir);
    String sha256 = Sha256.of("never stored");

    assertThatThrownBy(() -> files.open(sha256))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining(sha256);
    assertThatThrownBy(() -> files.open("../../etc/passwd"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bytesStoredAgainAreMarkedAsJustStored() throws IOException {
    FolderContentFiles files = new FolderContentFiles(dir);
    byte[] bytes = bytes(10, 3);
    String sha256 = files.store(bytes);
    Instant longAgo = Instant.now().minus(Duration.ofDays(3));
    Files.setLastModifiedTime(files.pathOf(sha256), FileTime.from(longAgo));

    files.store(bytes);

    assertThat(files.find(sha256).stored()).isAfter(files.now().minus(Duration.ofMinutes(1)));
  }

  private static void copy(InputStream in, ByteArrayOutputStream out) throws IOException {
    try (in) {
      in.transferTo(out);
    }
  }

  static byte[] bytes(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }
}
