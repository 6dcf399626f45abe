package org.yingzai.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;

/**
 * Takes applications of a {@link Hall}'s committed item along the approval path over HTTP, the way
 * the web pages and integrators do, and measures how many finish per second on a number of client
 * threads. The drafts are made beforehand, so that a measured run is submit, accept, review and
 * decide only, each clerk first finding the task in their filtered list.
 */
public final class ApprovalDriver {

  private final Journeys journeys;
  private final Hall hall;
  private final Api enterprise;
  private final Api clerk;
  private final Api reviewer;
  private final Api approver;

  public ApprovalDriver(Journeys journeys, Hall hall) {
    this.journeys = journeys;
    this.hall = hall;
    this.enterprise = journeys.as(hall.enterprise());
    this.clerk = journeys.as(hall.clerk());
    this.reviewer = journeys.as(hall.reviewer());
    this.approver = journeys.as(hall.approver());
  }

  /** How many applications a run finished on how many threads, and in how long. */
  public record Round(int applications, int threads, long nanos) {

    public double perSecond() {
      return applications / (nanos / 1e9);
    }
  }

  /** Drafts of the committed item with every material it needs, made on the given threads. */
  public List<String> drafts(int count, int threads) {
    List<String> drafts = Collections.synchronizedList(new ArrayList<>(count));
    run(
        Collections.nCopies(count, hall.committedItem()),
        threads,
        item -> drafts.add(journeys.draftWithMaterials(hall.enterprise(), item)));
    return new ArrayList<>(drafts);
  }

  /** Drives every draft to its decision on the given number of client threads. */
  public Round approveAll(List<String> drafts, int threads) {
    return run(drafts, threads, this::approve);
  }

  /**
   * The enterprise submits the draft (with an idempotency key, as integrators do), then the counter
   * clerk accepts it, the reviewer passes it and the approver approves it.
   */
  public void approve(String draftId) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("Idempotency-Key", "submit-" + draftId);
    Api.Response submitted =
        enterprise.post("/api/applications/" + draftId + "/submit", null, headers);
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    String number = submitted.text("number");
    complete(clerk, number, "ACCEPT", "ACCEPT");
    complete(reviewer, number, "REVIEW", "PASS");
    Api.Response decided = complete(approver, number, "DECIDE", "APPROVE");
    assertThat(decided.text("applicationStatus")).as(decided.toString()).isEqualTo("APPROVED");
  }

  // as a clerk works: the queue filtered by step, item and number, then the task it shows
  private Api.Response complete(Api user, String number, String step, String outcome) {
    Api.Response tasks =
        user.get(
            "/api/tasks?step=" + step + "&itemCode=" + hall.committedItem() + "&number=" + number);
    assertThat(tasks.status()).as(tasks.toString()).isEqualTo(200);
    JsonNode content = tasks.body().path("content");
    assertThat(content.size()).as(tasks.toString()).isEqualTo(1);
    Api.Response completed =
        user.post(
            "/api/tasks/" + content.get(0).path("id").asText() + "/complete",
            Api.complete(outcome, null));
    assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
    return completed;
  }

  /**
   * Runs the work for every item on the given number of threads, each taking the next item until
   * none is left; the time is from the start of the first to the end of the last.
   */
  public static <T> Round run(List<T> items, int threads, Consumer<T> work) {
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>(threads);
    for (int t = 0; t < threads; t++) {
      Thread worker =
          new Thread(
              () -> {
                ready.countDown();
                try {
                  start.await();
                  for (int i = next.getAndIncrement();
                      i < items.size() && failure.get() == null;
                      i = next.getAndIncrement()) {
                    work.accept(items.get(i));
                  }
                } catch (Throwable e) {
                  failure.compareAndSet(null, e);
                }
              },
              "driver-" + t);
      workers.add(worker);
      worker.start();
    }
    try {
      ready.await();
      long started = System.nanoTime();
      start.countDown();
      for (Thread worker : workers) {
        worker.join();
      }
      long nanos = System.nanoTime() - started;
      if (failure.get() != null) {
        throw new AssertionError("A run failed", failure.get());
      }
      return new Round(items.size(), threads, nanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
