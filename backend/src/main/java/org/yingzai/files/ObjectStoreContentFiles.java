package org.yingzai.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.function.Consumer;
import org.yingzai.shared.Sha256;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadBucketResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * Stored files as objects of an S3-compatible bucket, named {@code <prefix><sha256>}, each
 * encrypted by the service (SSE-S3 or SSE-KMS) and sent with its Content-MD5 so that the service
 * refuses bytes damaged on the way. No object is ever given an ACL: access is the bucket policy's.
 */
final class ObjectStoreContentFiles implements ContentFiles, AutoCloseable {

  private final S3Client client;
  private final ContentFilesSettings.ObjectStore settings;
  private final FolderContentFiles incoming;

  ObjectStoreContentFiles(ContentFilesSettings.ObjectStore settings, Path incomingDir) {
    if (ContentFilesSettings.ObjectStore.blank(settings.bucket())) {
      throw new IllegalArgumentException(
          "yingzai.files.object-store.bucket is needed with yingzai.files.store=object-store");
    }
    this.settings = settings;
    this.incoming = new FolderContentFiles(incomingDir);
    S3ClientBuilder builder =
        S3Client.builder()
            .region(Region.of(settings.region()))
            .forcePathStyle(settings.pathStyle())
            .credentialsProvider(credentials(settings))
            // S3-compatible services do not all know the newer checksum headers: Content-MD5 and
            // our own sha256 on read guard the bytes instead
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    if (settings.endpoint() != null) {
      builder.endpointOverride(settings.endpoint());
    }
    this.client = builder.build();
  }

  private static AwsCredentialsProvider credentials(ContentFilesSettings.ObjectStore settings) {
    return settings.explicitCredentials()
        ? StaticCredentialsProvider.create(
            AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()))
        : DefaultCredentialsProvider.builder().build();
  }

  @Override
  public Path incoming() throws IOException {
    return incoming.incoming();
  }

  // put again when stored already: the object's time moves on, so the sweep leaves it be
  @Override
  public void keep(Path incoming, String sha256) throws IOException {
    ContentFiles.requireSha256(sha256);
    PutObjectRequest.Builder put =
        PutObjectRequest.builder()
            .bucket(settings.bucket())
            .key(key(sha256))
            .contentLength(Files.size(incoming))
            .contentMD5(md5(incoming))
            .serverSideEncryption(ServerSideEncryption.fromValue(settings.encryption()));
    if (settings.encryption().equals("aws:kms")
        && !ContentFilesSettings.ObjectStore.blank(settings.kmsKeyId())) {
      put.ssekmsKeyId(settings.kmsKeyId());
    }
    try {
      client.putObject(put.build(), RequestBody.fromFile(incoming));
    } catch (S3Exception e) {
      throw new IOException(
          "The stored file " + sha256 + " could not be put: " + e.getMessage(), e);
    }
  }

  @Override
  public String store(byte[] bytes) {
    String sha256 = Sha256.of(bytes);
    try {
      Path file = incoming();
      try {
        Files.write(file, bytes);
        keep(file, sha256);
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sha256;
  }

  @Override
  public InputStream open(String sha256) throws IOException {
    ResponseInputStream<GetObjectResponse> object = get(sha256);
    return new CheckedContent(object, sha256, object.response().contentLength());
  }

  @Override
  public InputStream openAsStored(String sha256) throws IOException {
    return get(sha256);
  }

  @Override
  public InputStream open(String sha256, long size) throws IOException {
    return new CheckedContent(get(sha256), sha256, size);
  }

  private ResponseInputStream<GetObjectResponse> get(String sha256) throws IOException {
    ContentFiles.requireSha256(sha256);
    try {
      return client.getObject(get -> get.bucket(settings.bucket()).key(key(sha256)));
    } catch (NoSuchKeyException e) {
      throw new NoSuchFileException(sha256, null, "not stored in " + describe());
    } catch (S3Exception e) {
      throw new IOException("The stored file " + sha256 + " cannot be read: " + e.getMessage(), e);
    }
  }

  @Override
  public Stored find(String sha256) throws IOException {
    ContentFiles.requireSha256(sha256);
    try {
      HeadObjectResponse head =
          client.headObject(head1 -> head1.bucket(settings.bucket()).key(key(sha256)));
      return new Stored(sha256, head.contentLength(), head.lastModified());
    } catch (NoSuchKeyException e) {
      return null;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return null;
      }
      throw new IOException("The stored file " + sha256 + " cannot be found: " + e.getMessage(), e);
    }
  }

  @Override
  public void forEach(Consumer<Stored> each) throws IOException {
    try {
      for (S3Object object :
          client
              .listObjectsV2Paginator(
                  list -> list.bucket(settings.bucket()).prefix(settings.prefix()))
              .contents()) {
        String name = object.key().substring(settings.prefix().length());
        if (ContentFiles.isSha256(name)) {
          each.accept(new Stored(name, object.size(), object.lastModified()));
        }
      }
    } catch (S3Exception e) {
      throw new IOException("The bucket " + settings.bucket() + " cannot be listed", e);
    }
  }

  @Override
  public void delete(String sha256) throws IOException {
    ContentFiles.requireSha256(sha256);
    try {
      client.deleteObject(delete -> delete.bucket(settings.bucket()).key(key(sha256)));
    } catch (S3Exception e) {
      throw new IOException("The stored file " + sha256 + " cannot be removed", e);
    }
  }

  // the service's clock, from its answer's Date header
  @Override
  public Instant now() throws IOException {
    try {
      HeadBucketResponse head = client.headBucket(bucket -> bucket.bucket(settings.bucket()));
      return head.sdkHttpResponse()
          .firstMatchingHeader("Date")
          .map(date -> ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
          .orElseGet(Instant::now);
    } catch (S3Exception e) {
      throw new IOException("The bucket " + settings.bucket() + " cannot be reached", e);
    }
  }

  @Override
  public String describe() {
    return "the bucket "
        + settings.bucket()
        + (settings.endpoint() == null ? "" : " at " + settings.endpoint());
  }

  String key(String sha256) {
    return settings.prefix() + sha256;
  }

  private static String md5(Path file) throws IOException {
    try {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), md5)) {
        in.transferTo(OutputStream.nullOutputStream());
      }
      return Base64.getEncoder().encodeToString(md5.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
