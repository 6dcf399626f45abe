package org.yingzai.audit;

import java.time.Instant;

/**
 * An archived stretch of the chain: records {@code fromSeq}..{@code toSeq}, moved to a file whose
 * sha256 is kept; {@code prevHash} is the hash before the stretch, {@code lastHash} its last one.
 */
record AuditArchive(
    Long id,
    long fromSeq,
    long toSeq,
    String prevHash,
    String lastHash,
    Instant firstAt,
    Instant lastAt,
    String fileName,
    String fileSha256,
    Instant archivedAt) {

  long records() {
    return toSeq - fromSeq + 1;
  }
}
