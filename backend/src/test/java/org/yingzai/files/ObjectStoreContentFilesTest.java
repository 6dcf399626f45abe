package org.yingzai.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yingzai.shared.Sha256;
import org.yingzai.support.ObjectStore;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * The object store against a real S3 API server: objects named by their sha256, encrypted by the
 * service, read back checked, and an object changed behind the service hall's back refused.
 */
class ObjectStoreContentFilesTest {

  private static final ObjectStore server = ObjectStore.server();
  private static final String BUCKET = server.bucket("content-files-test");
  private static ObjectStoreContentFiles files;

  @TempDir static Path incoming;

  @BeforeAll
  static void store() {
    files = new ObjectStoreContentFiles(settings(BUCKET), incoming);
  }

  @AfterAll
  static void close() {
    files.close();
  }

  static ContentFilesSettings.ObjectStore settings(String bucket) {
    return settings(bucket, "files/");
  }

  static ContentFilesSettings.ObjectStore settings(String bucket, String prefix) {
    return new ContentFilesSettings.ObjectStore(
        bucket,
        server.endpoint(),
        "us-east-1",
        true,
        ObjectStore.ACCESS_KEY,
        ObjectStore.SECRET_KEY,
        null,
        null,
        prefix);
  }

  @Test
  void storesBytesAsAnEncryptedObjectNamedByTheirSha256AndReadsThemBack() throws IOException {
    byte[] bytes = FolderContentFilesTest.bytes(300_000, 11);

    String sha256 = files.store(bytes);

    assertThat(sha256).isEqualTo(Sha256.of(bytes));
    HeadObjectResponse head =
        server.client().headObject(h -> h.bucket(BUCKET).key("files/" + sha256));
    assertThat(head.contentLength()).isEqualTo(bytes.length);
    assertThat(head.serverSideEncryption()).isEqualTo(ServerSideEncryption.AES256);
    try (InputStream in = files.open(sha256)) {
      assertThat(in.readAllBytes()).isEqualTo(bytes);
    }
    try (InputStream in = files.open(sha256, bytes.length)) {
      assertThat(in.readAllBytes()).isEqualTo(bytes);
    }
    ContentFiles.Stored stored = files.find(sha256);
    assertThat(stored.size()).isEqualTo(bytes.length);
    assertThat(stored.stored()).isBetween(files.now().minusSeconds(60), files.now().plusSeconds(1));
    List<String> listed = new ArrayList<>();
    files.forEach(each -> listed.add(each.sha256()));
    assertThat(listed).contains(sha256);

    files.delete(sha256);
    assertThat(files.find(sha256)).isNull();
    assertThatThrownBy(() -> files.open(sha256))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining(sha256);
  }

  @Test
  void anObjectChangedInTheBucketIsRefusedOnRead() throws IOException {
    byte[] bytes = FolderContentFilesTest.bytes(200_000, 12);
    String sha256 = files.store(bytes);
    byte[] changed = bytes.clone();
    changed[123_456] ^= 0x20;
    server
        .client()
        .putObject(
            put -> put.bucket(BUCKET).key("files/" + sha256), RequestBody.fromBytes(changed));

    ByteArrayOutputStream received = new ByteArrayOutputStream();
    assertThatThrownBy(
            () -> {
              try (InputStream in = files.open(sha256, bytes.length)) {
                in.transferTo(received);
              }
            })
        .isInstanceOf(ContentFileRefusedException.class)
        .hasMessageContaining("The stored file " + sha256 + " is refused");
    assertThat(received.size()).isLessThan(bytes.length);
  }

  @Test
  void theServiceClockIsTheOneTheObjectsAreTimedBy() throws IOException {
    assertThat(Duration.between(files.now(), Instant.now()).abs())
        .isLessThan(Duration.ofMinutes(1));
  }
}
