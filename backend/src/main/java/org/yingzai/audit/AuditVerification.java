package org.yingzai.audit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Walks the whole chain in seq order, a page at a time: recomputes each record's hash, checks that
 * each names its predecessor's hash and that seq has no gap, then that every anchor and the head
 * agree with the records. An edited record breaks at itself, a deleted one at its seq, an inserted
 * one at itself or at the record it displaced, records past the head at the first of them, and a
 * cut-off tail at the first missing seq.
 */
@Service
class AuditVerification {

  static final int PAGE = 10_000;

  private final AuditMapper mapper;

  AuditVerification(AuditMapper mapper) {
    this.mapper = mapper;
  }

  Verification verify() {
    Deque<AuditAnchor> anchors = new ArrayDeque<>(mapper.anchors());
    Walk walk = new Walk(anchors);
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
    return new Verification(walk.broken == null, walk.records, walk.broken);
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

    private void breakAt(Long seq) {
      if (seq != null && (broken == null || seq < broken)) {
        broken = seq;
      }
    }
  }
}
