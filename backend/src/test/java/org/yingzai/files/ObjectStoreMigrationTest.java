package org.yingzai.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yingzai.shared.Sha256;
import org.yingzai.support.ObjectStore;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The migration copies every file of a folder store into a bucket and reads each back through its
 * sha256; run again after an interruption it copies only what is missing or not right there, and a
 * folder file that is not what its name says is named and left behind.
 */
class ObjectStoreMigrationTest {

  private static final ObjectStore server = ObjectStore.server();

  @TempDir Path folder;

  @Test
  void copiesAndVerifiesAFolderStoreAndGoesOnWhereAnInterruptedRunStopped() throws IOException {
    String bucket = server.bucket("migration-test");
    FolderContentFiles from = new FolderContentFiles(folder);
    List<byte[]> contents = new ArrayList<>();
    List<String> sha256s = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      byte[] bytes = FolderContentFilesTest.bytes(40_000 + i, 100 + i);
      contents.add(bytes);
      sha256s.add(from.store(bytes));
    }
    try (ObjectStoreContentFiles to =
        new ObjectStoreContentFiles(ObjectStoreContentFilesTest.settings(bucket), folder)) {
      ObjectStoreMigration migration = new ObjectStoreMigration(from, to, Clock.systemUTC());

      ObjectStoreMigration.Outcome first = migration.run(null);

      assertThat(first.complete()).isTrue();
      assertThat(first.files()).isEqualTo(5);
      assertThat(first.copied()).isEqualTo(5);
      for (int i = 0; i < 5; i++) {
        try (InputStream in = to.open(sha256s.get(i))) {
          assertThat(in.readAllBytes()).isEqualTo(contents.get(i));
        }
      }

      // an interruption: one object never arrived, another arrived damaged
      to.delete(sha256s.get(1));
      server
          .client()
          .putObject(
              put -> put.bucket(bucket).key("files/" + sha256s.get(3)),
              RequestBody.fromBytes(new byte[] {1, 2, 3}));
      byte[] damaged = contents.get(3).clone();
      damaged[0] ^= 1;
      server
          .client()
          .putObject(
              put -> put.bucket(bucket).key("files/" + sha256s.get(4)),
              RequestBody.fromBytes(damaged));
      ObjectStoreMigration.Outcome second = migration.run(null);

      assertThat(second.complete()).isTrue();
      assertThat(second.copied()).isEqualTo(3);
      assertThat(second.present()).isEqualTo(2);
      for (int i = 0; i < 5; i++) {
        try (InputStream in = to.open(sha256s.get(i))) {
          assertThat(Sha256.of(in.readAllBytes())).isEqualTo(sha256s.get(i));
        }
      }

      // since the first run began: the files of before are not read back again
      Instant began = first.began();
      byte[] newer = FolderContentFilesTest.bytes(1_000, 200);
      String newerSha256 = from.store(newer);
      ObjectStoreMigration.Outcome third = migration.run(began);
      assertThat(third.copied()).isEqualTo(1);
      assertThat(third.present()).isEqualTo(5);
      assertThat(to.find(newerSha256)).isNotNull();

      // a folder file that is not what its name says is named and not copied
      byte[] stray = FolderContentFilesTest.bytes(500, 300);
      String straySha256 = Sha256.of(stray);
      Files.createDirectories(from.pathOf(straySha256).getParent());
      Files.write(from.pathOf(straySha256), new byte[] {9, 9, 9});
      ObjectStoreMigration.Outcome fourth = migration.run(null);
      assertThat(fourth.complete()).isFalse();
      assertThat(fourth.failed()).isEqualTo(1);
      assertThat(to.find(straySha256)).isNull();
    }
  }
}
