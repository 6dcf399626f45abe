package org.yingzai.audit;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Archiving of the audit trail, under {@code yingzai.audit.archive}.
 *
 * @param dir where archive files were written before they became stored files ({@code
 *     yingzai.files}, default {@code data/audit-archive}): read from there, and moved into the
 *     stored files by the next archiving
 * @param retention how long records stay in the database before they are archived: at least 180
 *     days (等保 2.0), which the database's trigger enforces as well
 * @param daily whether the archive runs daily (default true)
 * @param batch the most records one archive file holds (default 10,000, deleted in one statement)
 */
@ConfigurationProperties("yingzai.audit.archive")
record AuditArchiveSettings(Path dir, Duration retention, Boolean daily, Integer batch) {

  static final Duration MIN_RETENTION = Duration.ofDays(180);

  AuditArchiveSettings {
    dir = dir == null ? Path.of("data", "audit-archive") : dir;
    retention = retention == null ? MIN_RETENTION : retention;
    daily = daily == null || daily;
    batch = batch == null ? 10_000 : batch;
    if (retention.compareTo(MIN_RETENTION) < 0) {
      throw new IllegalArgumentException(
          "yingzai.audit.archive.retention must be at least 180 days, not " + retention);
    }
    if (batch < 1) {
      throw new IllegalArgumentException("yingzai.audit.archive.batch must be positive");
    }
  }
}
