package org.yingzai.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.yingzai.shared.SharedVersions;

/**
 * The service items found lately, and their step limits, by code, the least recently used forgotten
 * first. Every application page and list looks its items up, while the catalogue changes rarely and
 * only through this module, which forgets them all on each change: at once on the node that made
 * it, and on every other node within the refresh interval of {@link SharedVersions}, whose
 * catalogue version each change raises. A small map rather than Spring's cache abstraction, which
 * the application does not set up. Misses are not kept: a new item is found at once.
 */
@Component
class ItemCache {

  static final int SIZE = 500;

  private final Map<String, ServiceItem> items = leastRecentlyUsed();
  // each item's own step limits, read whenever a task of it appears
  private final Map<String, Map<String, Integer>> stepLimits = leastRecentlyUsed();

  private final SharedVersions versions;
  private long generation;
  private long version = -1;

  ItemCache(SharedVersions versions) {
    this.versions = versions;
  }

  Optional<ServiceItem> get(String code) {
    long current = versions.current(SharedVersions.CATALOGUE);
    synchronized (this) {
      follow(current);
      return Optional.ofNullable(items.get(code));
    }
  }

  Optional<Map<String, Integer>> stepLimits(String code) {
    long current = versions.current(SharedVersions.CATALOGUE);
    synchronized (this) {
      follow(current);
      return Optional.ofNullable(stepLimits.get(code));
    }
  }

  /** Read before loading an item, and handed to {@link #put}. */
  long generation() {
    long current = versions.current(SharedVersions.CATALOGUE);
    synchronized (this) {
      follow(current);
      return generation;
    }
  }

  // another node changed the catalogue: what was kept here may be stale
  private void follow(long current) {
    if (current != version) {
      version = current;
      clear();
    }
  }

  /** Keeps the item unless the catalogue changed since {@code loadedAt}: it may be stale. */
  synchronized void put(ServiceItem item, long loadedAt) {
    if (loadedAt == generation) {
      items.put(item.code(), item);
    }
  }

  /** Keeps the item's step limits unless the catalogue changed since {@code loadedAt}. */
  synchronized void putStepLimits(String code, Map<String, Integer> limits, long loadedAt) {
    if (loadedAt == generation) {
      stepLimits.put(code, limits);
    }
  }

  /**
   * Forgets every item now, and again when the writing transaction ends: a reader that loaded an
   * item before the change was committed does not keep it.
   */
  void evict() {
    versions.raise(SharedVersions.CATALOGUE);
    clear();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              clear();
            }
          });
    }
  }

  private synchronized void clear() {
    generation++;
    items.clear();
    stepLimits.clear();
  }

  private static <V> Map<String, V> leastRecentlyUsed() {
    return new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > SIZE;
      }
    };
  }
}
