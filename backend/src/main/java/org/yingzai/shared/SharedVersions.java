package org.yingzai.shared;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Versions of the data that every node keeps a copy of in memory, one row each in {@code
 * shared_version}: a change raises the version in its transaction, and each node reads the row
 * again at most once per refresh interval ({@code yingzai.shared-versions.refresh-every}), so a
 * change made on one node reaches the copies of the others within that interval.
 */
@Component
public class SharedVersions {

  /** The working-day calendar. */
  public static final String CALENDAR = "calendar";

  /** The service items with their materials and limits. */
  public static final String CATALOGUE = "catalogue";

  private record Read(long version, long atNanos) {}

  private final JdbcTemplate jdbc;
  private final long refreshNanos;
  private final Map<String, Read> reads = new ConcurrentHashMap<>();

  SharedVersions(
      JdbcTemplate jdbc,
      @Value("${yingzai.shared-versions.refresh-every:PT2S}") Duration refreshEvery) {
    this.jdbc = jdbc;
    this.refreshNanos = refreshEvery.toNanos();
  }

  /** Every version once at start, so that no request pays the first read. */
  @EventListener(ApplicationReadyEvent.class)
  void readAll() {
    long now = System.nanoTime();
    jdbc.query(
        "SELECT name, version FROM shared_version",
        row -> {
          reads.put(row.getString("name"), new Read(row.getLong("version"), now));
        });
  }

  /** Raises the version of the data, in the transaction that changes it. */
  @Transactional
  public void raise(String name) {
    if (jdbc.update("UPDATE shared_version SET version = version + 1 WHERE name = ?", name) != 1) {
      throw new IllegalArgumentException("No shared version " + name);
    }
  }

  /** The version as read lately: read again when the last read is older than the interval. */
  public long current(String name) {
    Read last = reads.get(name);
    if (last != null && System.nanoTime() - last.atNanos() < refreshNanos) {
      return last.version();
    }
    return read(name);
  }

  /** The version in the database now; read before loading the data it versions. */
  public long read(String name) {
    long now = System.nanoTime();
    Long version =
        jdbc.queryForObject("SELECT version FROM shared_version WHERE name = ?", Long.class, name);
    if (version == null) {
      throw new IllegalArgumentException("No shared version " + name);
    }
    reads.put(name, new Read(version, now));
    return version;
  }
}
