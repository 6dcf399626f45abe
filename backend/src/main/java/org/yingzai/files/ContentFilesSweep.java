package org.yingzai.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Removes stored files that no row references, such as an upload whose transaction rolled back. A
 * file is stored before its row commits, so only files older than the minimum age by the store's
 * own clock are candidates, and each is looked at once more just before it goes.
 */
@Service
class ContentFilesSweep {

  private static final Logger log = LoggerFactory.getLogger(ContentFilesSweep.class);
  private static final int BATCH = 500;

  private final ContentFiles files;
  private final ContentFileReferences references;
  private final ContentFilesSettings settings;

  ContentFilesSweep(
      ContentFiles files, ContentFileReferences references, ContentFilesSettings settings) {
    this.files = files;
    this.references = references;
    this.settings = settings;
  }

  /** Removes the unreferenced files older than the minimum age; answers their sha256s. */
  List<String> sweep() throws IOException {
    return sweep(files.now().minus(settings.sweep().minAge()));
  }

  /** Removes the unreferenced files stored before the time, by the store's clock. */
  List<String> sweep(Instant before) throws IOException {
    List<String> removed = new ArrayList<>();
    List<String> batch = new ArrayList<>();
    int[] seen = {0};
    try {
      files.forEach(
          stored -> {
            seen[0]++;
            if (stored.stored().isBefore(before)) {
              batch.add(stored.sha256());
            }
            if (batch.size() == BATCH) {
              removeUnreferenced(batch, before, removed);
              batch.clear();
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    removeUnreferenced(batch, before, removed);
    log.info(
        "Stored files swept in {}: {} looked at, {} removed that no row references",
        files.describe(),
        seen[0],
        removed.size());
    return removed;
  }

  private void removeUnreferenced(List<String> batch, Instant before, List<String> removed) {
    Set<String> referenced = references.referenced(batch);
    try {
      for (String sha256 : batch) {
        if (referenced.contains(sha256)) {
          continue;
        }
        // stored again meanwhile by an upload whose row has not committed yet: it stays
        ContentFiles.Stored now = files.find(sha256);
        if (now != null && now.stored().isBefore(before)) {
          files.delete(sha256);
          removed.add(sha256);
          log.info("Stored file {} removed: no row references it since {}", sha256, now.stored());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
