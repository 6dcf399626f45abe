package org.yingzai.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies every file of a folder store into an object store and reads each back through its sha256.
 * Files already in the object store are read back instead of copied, so an interrupted run goes on
 * where it stopped; with {@code since}, files the folder holds from before that time and the object
 * store holds at the same length are taken as verified by the run that began then.
 */
final class ObjectStoreMigration {

  private static final Logger log = LoggerFactory.getLogger(ObjectStoreMigration.class);
  private static final Duration PROGRESS = Duration.ofSeconds(10);

  record Outcome(long files, long copied, long present, long failed, long bytes, Instant began) {

    boolean complete() {
      return failed == 0;
    }
  }

  private final FolderContentFiles from;
  private final ContentFiles to;
  private final Clock clock;

  ObjectStoreMigration(FolderContentFiles from, ContentFiles to, Clock clock) {
    this.from = from;
    this.to = to;
    this.clock = clock;
  }

  Outcome run(Instant since) throws IOException {
    Instant began = clock.instant();
    long[] total = {0};
    from.forEach(stored -> total[0]++);
    log.info(
        "Copying {} stored files from {} to {}{}",
        total[0],
        from.describe(),
        to.describe(),
        since == null ? "" : ", those stored since " + since + " or missing there");
    Counts counts = new Counts(total[0], began);
    try {
      from.forEach(stored -> counts.count(migrate(stored, since), stored.size()));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    Outcome outcome = counts.outcome();
    log.info(
        "Copied {} stored files ({} bytes), {} were there already and verified, {} failed;"
            + " a later run with --yingzai.files.migrate-since={} looks only at files stored"
            + " since this one began",
        outcome.copied(),
        outcome.bytes(),
        outcome.present(),
        outcome.failed(),
        began);
    return outcome;
  }

  private enum Result {
    COPIED,
    PRESENT,
    FAILED
  }

  private Result migrate(ContentFiles.Stored stored, Instant since) {
    String sha256 = stored.sha256();
    try {
      ContentFiles.Stored there = to.find(sha256);
      if (there != null && there.size() == stored.size()) {
        if (since != null && stored.stored().isBefore(since)) {
          return Result.PRESENT;
        }
        if (readsBack(to, stored)) {
          return Result.PRESENT;
        }
        log.warn("Stored file {} in {} is not right; copied again", sha256, to.describe());
      }
      if (!readsBack(from, stored)) {
        log.error(
            "Stored file {} in {} is not the file its sha256 names; not copied",
            sha256,
            from.describe());
        return Result.FAILED;
      }
      to.keep(from.pathOf(sha256), sha256);
      if (!readsBack(to, stored)) {
        log.error(
            "Stored file {} does not read back from {}; removed there", sha256, to.describe());
        to.delete(sha256);
        return Result.FAILED;
      }
      return Result.COPIED;
    } catch (IOException e) {
      log.error("Stored file {} not copied: {}", sha256, e.toString());
      return Result.FAILED;
    }
  }

  private static boolean readsBack(ContentFiles files, ContentFiles.Stored stored)
      throws IOException {
    try (InputStream in = files.open(stored.sha256(), stored.size())) {
      in.transferTo(OutputStream.nullOutputStream());
      return true;
    } catch (ContentFileRefusedException e) {
      return false;
    }
  }

  private final class Counts {

    private final long files;
    private final Instant began;
    private long done;
    private long copied;
    private long present;
    private long failed;
    private long bytes;
    private Instant logged;

    Counts(long files, Instant began) {
      this.files = files;
      this.began = began;
      this.logged = began;
    }

    void count(Result result, long size) {
      done++;
      switch (result) {
        case COPIED -> {
          copied++;
          bytes += size;
        }
        case PRESENT -> present++;
        case FAILED -> failed++;
      }
      Instant now = clock.instant();
      if (Duration.between(logged, now).compareTo(PROGRESS) >= 0) {
        logged = now;
        log.info(
            "{} of {} stored files done: {} copied, {} there already, {} failed",
            done,
            files,
            copied,
            present,
            failed);
      }
    }

    Outcome outcome() {
      return new Outcome(files, copied, present, failed, bytes, began);
    }
  }
}
