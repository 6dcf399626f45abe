package org.yingzai.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yingzai.shared.Sha256;
import org.yingzai.support.Api;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.ObjectStore;
import org.yingzai.support.WithHall;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The service hall with its files in an object store (a real S3 API server): a material uploaded
 * over the API is an object of the bucket and downloads with the same sha256; an object changed in
 * the bucket never downloads whole; the sweep removes a file no row references and nothing else.
 * One Spring context more than the suite's, for this class alone.
 */
@WithHall
// a second service hall in this JVM: closed after the class rather than kept for tests to come
@DirtiesContext
class ObjectStoreServiceHallTest {

  private static final ObjectStore server = ObjectStore.server();
  private static final String BUCKET = server.bucket("service-hall-test");

  @DynamicPropertySource
  static void objectStore(DynamicPropertyRegistry properties) {
    server.properties(BUCKET).forEach((name, value) -> properties.add(name, () -> value));
  }

  Hall hall;
  Journeys journeys;
  @Autowired ContentFiles files;
  @Autowired ContentFilesSweep sweep;
  @Autowired ContentFilesSettings settings;
  @LocalServerPort int port;

  @Test
  void aMaterialUploadedIsAnObjectOfTheBucketAndDownloadsWithTheSameSha256() throws Exception {
    byte[] plan = largePdf(3 * 1024 * 1024, "plan");
    Uploaded uploaded = upload(plan);

    assertThat(uploaded.sha256()).isEqualTo(Sha256.of(plan));
    assertThat(
            server
                .client()
                .headObject(h -> h.bucket(BUCKET).key(uploaded.sha256()))
                .contentLength())
        .isEqualTo(plan.length);
    // not in the folder too (other tests' files may share its two-letter subfolders)
    String sha = uploaded.sha256();
    assertThat(
            Files.exists(
                settings
                    .dir()
                    .resolve(sha.substring(0, 2))
                    .resolve(sha.substring(2, 4))
                    .resolve(sha)))
        .isFalse();

    HttpResponse<byte[]> download = download(uploaded);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValueAsLong("Content-Length")).hasValue(plan.length);
    assertThat(Sha256.of(download.body())).isEqualTo(uploaded.sha256());
  }

  @Test
  void anObjectChangedInTheBucketNeverDownloadsWhole() throws Exception {
    byte[] plan = largePdf(2 * 1024 * 1024, "elevation");
    Uploaded uploaded = upload(plan);
    byte[] changed = plan.clone();
    changed[1_500_000] ^= 1;
    server
        .client()
        .putObject(
            put -> put.bucket(BUCKET).key(uploaded.sha256()), RequestBody.fromBytes(changed));

    String outcome;
    try {
      HttpResponse<byte[]> download = download(uploaded);
      outcome = download.statusCode() + " with " + download.body().length + " bytes";
      assertThat(download.statusCode()).as(outcome).isNotEqualTo(200);
    } catch (IOException broken) {
      // the response broke off short of its length: what a client sees of a refused file
      outcome = "broken: " + broken;
    }
    assertThat(outcome).doesNotStartWith("200");

    // a small one is refused before anything is sent
    byte[] note = largePdf(2_000, "note");
    Uploaded small = upload(note);
    byte[] changedNote = note.clone();
    changedNote[1_000] ^= 1;
    server
        .client()
        .putObject(
            put -> put.bucket(BUCKET).key(small.sha256()), RequestBody.fromBytes(changedNote));
    assertThat(download(small).statusCode()).isEqualTo(500);
  }

  @Test
  void theSweepRemovesAFileNoRowReferencesAndNothingElse() throws Exception {
    Uploaded uploaded = upload(largePdf(10_000, "kept"));
    String orphan = files.store("an upload whose row rolled back".getBytes(StandardCharsets.UTF_8));

    // within the minimum age nothing goes, not even the orphan
    assertThat(sweep.sweep()).isEmpty();
    assertThat(files.find(orphan)).isNotNull();

    // once every file here is old enough
    List<String> removed = sweep.sweep(files.now().plusSeconds(1));

    assertThat(removed).containsExactly(orphan);
    assertThat(files.find(orphan)).isNull();
    assertThat(files.find(uploaded.sha256())).isNotNull();
    assertThat(Sha256.of(download(uploaded).body())).isEqualTo(uploaded.sha256());
  }

  private record Uploaded(String applicationId, long materialId, String sha256) {}

  private Uploaded upload(byte[] content) {
    String id = journeys.draftWithMaterials(hall.enterprise(), hall.committedItem());
    Api applicant = journeys.as(hall.enterprise());
    JsonNode draft = journeys.application(hall.enterprise(), id);
    String code = draft.path("materials").get(0).path("materialCode").asText();
    Api.Response upload =
        applicant.upload("/api/applications/" + id + "/materials", code, "plan.pdf", content);
    assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
    return new Uploaded(id, upload.body().path("id").asLong(), upload.text("sha256"));
  }

  private HttpResponse<byte[]> download(Uploaded uploaded) throws Exception {
    String credentials = hall.enterprise() + ":" + Hall.PASSWORD;
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://127.0.0.1:"
                        + port
                        + "/api/applications/"
                        + uploaded.applicationId()
                        + "/materials/"
                        + uploaded.materialId()))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
            .timeout(Duration.ofSeconds(30))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static byte[] largePdf(int size, String text) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(size);
    pdf.writeBytes(("%PDF-1.4\n% " + text + "\n").getBytes(StandardCharsets.US_ASCII));
    byte[] filler = FolderContentFilesTest.bytes(size, text.hashCode());
    pdf.write(filler, 0, size - pdf.size() - 6);
    pdf.writeBytes("%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    return pdf.toByteArray();
  }
}
