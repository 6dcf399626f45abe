package org.yingzai.files;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where stored files are kept, under {@code yingzai.files} (docs/operations.md, "Stored files").
 *
 * @param dir the folder store's folder (default {@code data/files}); with either store, uploads
 *     wait in its {@code incoming} folder until they are stored
 * @param store {@code folder} (the default) or {@code object-store}
 * @param objectStore the S3-compatible object store, when {@code store} is {@code object-store}
 * @param sweep the removal of stored files that no row references
 */
@ConfigurationProperties("yingzai.files")
record ContentFilesSettings(Path dir, Store store, ObjectStore objectStore, Sweep sweep) {

  enum Store {
    FOLDER,
    OBJECT_STORE
  }

  ContentFilesSettings {
    dir = dir == null ? Path.of("data", "files") : dir;
    store = store == null ? Store.FOLDER : store;
    objectStore =
        objectStore == null
            ? new ObjectStore(null, null, null, null, null, null, null, null, null)
            : objectStore;
    sweep = sweep == null ? new Sweep(null, null) : sweep;
  }

  /**
   * An S3-compatible bucket (MinIO, a cloud's OSS/OBS/COS, Amazon S3).
   *
   * @param bucket the bucket, which must exist and must not be public
   * @param endpoint the service's address, e.g. {@code https://minio.zone.example:9000}; empty for
   *     Amazon S3 itself
   * @param region the region (default {@code us-east-1}, which most S3-compatible services accept)
   * @param pathStyle addresses the bucket in the path ({@code endpoint/bucket/key}) rather than as
   *     a host name; MinIO and most on-premises services need it
   * @param accessKey with {@code secretKey}: the credentials; when empty, the AWS SDK's default
   *     chain finds them (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, a profile, an instance role)
   * @param secretKey the secret of {@code accessKey}
   * @param encryption server-side encryption of every object: {@code AES256} (default, SSE-S3) or
   *     {@code aws:kms}
   * @param kmsKeyId the KMS key with {@code aws:kms}; empty: the bucket's default key
   * @param prefix put before every object's name, e.g. {@code files/}; default none
   */
  record ObjectStore(
      String bucket,
      URI endpoint,
      String region,
      Boolean pathStyle,
      String accessKey,
      String secretKey,
      String encryption,
      String kmsKeyId,
      String prefix) {

    ObjectStore {
      region = blank(region) ? "us-east-1" : region;
      pathStyle = pathStyle != null && pathStyle;
      encryption = blank(encryption) ? "AES256" : encryption;
      prefix = prefix == null ? "" : prefix;
      if (!encryption.equals("AES256") && !encryption.equals("aws:kms")) {
        throw new IllegalArgumentException(
            "yingzai.files.object-store.encryption must be AES256 or aws:kms, not " + encryption);
      }
    }

    boolean explicitCredentials() {
      return !blank(accessKey) && !blank(secretKey);
    }

    static boolean blank(String text) {
      return text == null || text.isBlank();
    }
  }

  /**
   * @param scheduled whether the sweep runs (default true), once an hour on one node
   * @param minAge how old, by the store's clock, an unreferenced file must be before it is removed
   *     (default one hour): an upload's row commits long before
   */
  record Sweep(Boolean scheduled, Duration minAge) {

    Sweep {
      scheduled = scheduled == null || scheduled;
      minAge = minAge == null ? Duration.ofHours(1) : minAge;
      if (minAge.compareTo(Duration.ofMinutes(10)) < 0) {
        throw new IllegalArgumentException(
            "yingzai.files.sweep.min-age must be at least 10 minutes");
      }
    }
  }
}
