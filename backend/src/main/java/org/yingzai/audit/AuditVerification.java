package org.yingzai.audit;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the whole chain in seq order, first through the archive files, then through the table a
 * page at a time: recomputes each record's hash, checks that each names its predecessor's hash and
 * that seq has no gap, then that every anchor and the head agree with the records. An archive whose
 * file is missing, is not the file archived (its sha256) or does not hold its stretch breaks at the
 * stretch's first record, or at the first of its records that does not verify. An edited record
 * breaks at itself, a deleted one at its seq, an inserted one at itself or at the record it
 * displaced, records past the head at the first of them, and a cut-off tail at the first missing
 * seq.
 */
@Service
class AuditVerification {

  static final int PAGE = 10_000;

  private static final Logger log = LoggerFactory.getLogger(AuditVerification.class);

  private final AuditMapper mapper;
  private final AuditArchiveFiles files;

  AuditVerification(AuditMapper mapper, AuditArchiveFiles files) {
    this.mapper = mapper;
    this.files = files;
  }

  // one snapshot: an archiving that commits meanwhile moves records between the files and the table
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  Verification verify() {
    Deque<AuditAnchor> anchors = new ArrayDeque<>(mapper.anchors());
    Walk walk = new Walk(anchors);
    for (AuditArchive archive : mapper.archives()) {
      walkArchive(walk, archive);
    }
    long archived = walk.records;
    AuditHead head;
    while (true) {
      List<AuditRecord> page = mapper.chainAfter(walk.last, PAGE);
      page.forEach(walk::check);
      if (page.size() == PAGE) {
        continue;
      }
      // the head after the walk: records appended meanwhile are walked too
      head = mapper.head();
      if (head.seq() <= walk.last || mapper.chainAfter(walk.last, 1).isEmpty()) {
        break;
      }
    }
    walk.finish(head);
    return new Verification(walk.broken == null, walk.records, archived, walk.broken);
  }

  private void walkArchive(Walk walk, AuditArchive archive) {
    if (archive.fromSeq() != walk.last + 1 || !archive.prevHash().equals(walk.prev)) {
      walk.breakAt(walk.last + 1);
    }
    long before = walk.records;
    Long brokenBefore = walk.broken;
    try {
      String sha256 = files.read(archive, walk::check);
      if (!sha256.equals(archive.fileSha256()) && Objects.equals(walk.broken, brokenBefore)) {
        // every record verifies, yet this is not the file archived
        walk.breakAt(archive.fromSeq());
      }
    } catch (IOException | RuntimeException e) {
      log.warn("Audit archive {} cannot be read: {}", archive.fileName(), e.toString());
      walk.breakAt(archive.fromSeq());
    }
    if (walk.last != archive.toSeq() || !walk.prev.equals(archive.lastHash())) {
      // a file short of its stretch, or one that could not be read: the table goes on after it
      walk.breakAt(Math.min(walk.last + 1, archive.toSeq()));
      walk.skipTo(archive, before);
    }
  }

  private static final class Walk {

    private final AuditChain chain = new AuditChain();
    private final Deque<AuditAnchor> anchors;
    private String prev = AuditChain.GENESIS;
    private long last;
    private long records;
    private Long broken;

    Walk(Deque<AuditAnchor> anchors) {
      this.anchors = anchors;
      while (!anchors.isEmpty() && anchors.peek().seq() == 0) {
        // an anchor of the empty trail
        breakAt(anchors.poll().hash().equals(AuditChain.GENESIS) ? null : 0L);
      }
    }

    void check(AuditRecord record) {
      long seq = record.seq();
      records++;
      if (seq != last + 1) {
        breakAt(last + 1); // a missing record
      } else if (!record.prevHash().equals(prev)
          || !chain.hash(record.prevHash(), record).equals(record.hash())) {
        breakAt(seq);
      }
      while (!anchors.isEmpty() && anchors.peek().seq() <= seq) {
        AuditAnchor anchor = anchors.poll();
        if (anchor.seq() == seq && !anchor.hash().equals(record.hash())) {
          breakAt(seq);
        }
      }
      prev = record.hash();
      last = seq;
    }

    /** Goes on after a stretch whose records could not all be walked, from its recorded end. */
    void skipTo(AuditArchive archive, long recordsBefore) {
      records = recordsBefore + archive.records();
      while (!anchors.isEmpty() && anchors.peek().seq() <= archive.toSeq()) {
        anchors.poll();
      }
      prev = archive.lastHash();
      last = archive.toSeq();
    }

    void finish(AuditHead head) {
      if (!anchors.isEmpty()) {
        breakAt(last + 1); // the tail up to an anchor was cut off
      }
      if (head.seq() < last) {
        breakAt(head.seq() + 1); // records past the head
      } else if (head.seq() > last) {
        breakAt(last + 1); // the tail was cut off
      } else if (!head.hash().equals(prev)) {
        breakAt(last);
      }
    }

    void breakAt(Long seq) {
      if (seq != null && (broken == null || seq < broken)) {
        broken = seq;
      }
    }
  }
}
