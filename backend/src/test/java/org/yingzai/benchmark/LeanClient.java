package org.yingzai.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.yingzai.support.Hall;

/**
 * Takes a draft of a hall's committed item from submission to decision over HTTP as integrators do,
 * with the JDK's HTTP client: the measuring client shares the machine with the service hall, so it
 * should cost as little of it as a client can.
 */
final class LeanClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String root;
  private final Hall hall;

  LeanClient(int port, Hall hall) {
    this.root = "http://127.0.0.1:" + port;
    this.hall = hall;
  }

  /**
   * The enterprise submits the draft (with an idempotency key), then the counter clerk accepts it,
   * the reviewer passes it and the approver approves it, each first finding the task in the queue
   * filtered by step, item and number.
   */
  void approve(String draftId) {
    JsonNode submitted =
        send(
            hall.enterprise(),
            "POST",
            "/api/applications/" + draftId + "/submit",
            "{}",
            "submit-" + draftId);
    String number = submitted.path("number").asText();
    complete(hall.clerk(), number, "ACCEPT", "ACCEPT");
    complete(hall.reviewer(), number, "REVIEW", "PASS");
    JsonNode decided = complete(hall.approver(), number, "DECIDE", "APPROVE");
    if (!"APPROVED".equals(decided.path("applicationStatus").asText())) {
      throw new IllegalStateException("Not approved: " + decided);
    }
  }

  private JsonNode complete(String user, String number, String step, String outcome) {
    JsonNode tasks =
        send(
            user,
            "GET",
            "/api/tasks?step=" + step + "&itemCode=" + hall.committedItem() + "&number=" + number,
            null,
            null);
    JsonNode content = tasks.path("content");
    if (content.size() != 1) {
      throw new IllegalStateException("Not one " + step + " task for " + number + ": " + tasks);
    }
    return send(
        user,
        "POST",
        "/api/tasks/" + content.get(0).path("id").asText() + "/complete",
        "{\"outcome\":\"" + outcome + "\"}",
        null);
  }

  private JsonNode send(String user, String method, String path, String body, String key) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(root + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", basic(user))
            .header("Accept", "application/json");
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    if (body == null) {
      request.GET();
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            method + " " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String basic(String user) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + Hall.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }
}
