package org.yingzai.audit;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the records older than the retention out of the database into archive files, a stretch of
 * consecutive seqs at a time: the file is written and forced to disk first, then one transaction
 * records the stretch and deletes its records, so that a record is never only in neither. A stretch
 * whose chain does not verify is not archived: its records stay where the break can be shown.
 */
@Service
class AuditArchiving {

  private static final Logger log = LoggerFactory.getLogger(AuditArchiving.class);

  private final AuditMapper mapper;
  private final AuditArchiveFiles files;
  private final AuditArchiveSettings settings;
  private final AuditTrail trail;
  private final Clock clock;
  private final TransactionTemplate transaction;

  AuditArchiving(
      AuditMapper mapper,
      AuditArchiveFiles files,
      AuditArchiveSettings settings,
      AuditTrail trail,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.mapper = mapper;
    this.files = files;
    this.settings = settings;
    this.trail = trail;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** Archives every record older than the retention; answers the stretches archived. */
  List<AuditArchive> archive() {
    adoptArchiveFolder();
    Instant cutoff = clock.instant().minus(settings.retention());
    AuditArchive last = mapper.lastArchive();
    long after = last == null ? 0 : last.toSeq();
    Long firstKept = mapper.firstSeqKept(after, cutoff);
    Long end = firstKept != null ? Long.valueOf(firstKept - 1) : mapper.lastSeq(after);
    List<AuditArchive> archived = new ArrayList<>();
    while (end != null && after < end) {
      long to = Math.min(end, after + settings.batch());
      Optional<AuditArchive> stretch =
          archive(after + 1, to, last == null ? AuditChain.GENESIS : last.lastHash());
      if (stretch.isEmpty()) {
        break;
      }
      last = stretch.get();
      after = last.toSeq();
      archived.add(last);
    }
    if (!archived.isEmpty()) {
      log.info(
          "Audit trail archived: records {} to {} in {} stored file(s)",
          archived.get(0).fromSeq(),
          after,
          archived.size());
    }
    return archived;
  }

  // archives of before, in the archive folder of the node that wrote them, join the stored files
  private void adoptArchiveFolder() {
    for (AuditArchive archive : mapper.archives()) {
      try {
        files.adopt(archive);
      } catch (IOException | RuntimeException e) {
        log.warn(
            "Audit archive {} not moved into the stored files: {}",
            archive.fileName(),
            e.toString());
      }
    }
  }

  private Optional<AuditArchive> archive(long from, long to, String prevHash) {
    AuditChain chain = new AuditChain();
    AuditArchive stretch;
    try (AuditArchiveFiles.Writer writer = files.writer(from, to)) {
      long expected = from;
      String prev = prevHash;
      Instant firstAt = null;
      Instant lastAt = null;
      while (expected <= to) {
        List<AuditRecord> page =
            mapper.chainAfter(
                expected - 1, (int) Math.min(AuditVerification.PAGE, to - expected + 1));
        if (page.isEmpty() || (expected == from && page.get(0).seq() != from)) {
          AuditArchive last = mapper.lastArchive();
          if (last != null && last.toSeq() >= from) {
            log.info("Audit records from {} were archived meanwhile by another instance", from);
            return Optional.empty();
          }
          return refused(expected, "missing");
        }
        for (AuditRecord record : page) {
          if (record.seq() != expected) {
            return refused(expected, "missing");
          }
          if (!record.prevHash().equals(prev)
              || !chain.hash(record.prevHash(), record).equals(record.hash())) {
            return refused(expected, "does not verify");
          }
          writer.add(record);
          firstAt = firstAt == null ? record.at() : firstAt;
          lastAt = record.at();
          prev = record.hash();
          expected++;
        }
      }
      String sha256 = writer.finish();
      stretch =
          new AuditArchive(
              null,
              from,
              to,
              prevHash,
              prev,
              firstAt,
              lastAt,
              writer.fileName(),
              sha256,
              clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }
    try {
      transaction.executeWithoutResult(status -> remove(stretch));
    } catch (DataAccessException e) {
      // another instance archived the same stretch first (or the database refused): its file, of
      // the same name and bytes, stays; the records are still in the table otherwise
      log.warn(
          "Audit records {} to {} were not archived: {}",
          from,
          to,
          e.getMostSpecificCause().getMessage());
      return Optional.empty();
    }
    return Optional.of(stretch);
  }

  private void remove(AuditArchive stretch) {
    mapper.insertArchive(stretch);
    int deleted = mapper.deleteArchived(stretch.fromSeq(), stretch.toSeq());
    if (deleted != stretch.records()) {
      throw new IllegalStateException(
          "Archiving audit records "
              + stretch.fromSeq()
              + " to "
              + stretch.toSeq()
              + " deleted "
              + deleted);
    }
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("fromSeq", stretch.fromSeq());
    change.put("toSeq", stretch.toSeq());
    change.put("lastHash", stretch.lastHash());
    change.put("fileName", stretch.fileName());
    change.put("fileSha256", stretch.fileSha256());
    trail.record(
        ArchiveAuditAction.TRAIL_ARCHIVED,
        AuditObject.of("audit_archive", stretch.fromSeq() + "-" + stretch.toSeq()),
        null,
        change);
  }

  private static Optional<AuditArchive> refused(long seq, String why) {
    log.error("Audit trail not archived: record {} {}; run the verification", seq, why);
    return Optional.empty();
  }
}
