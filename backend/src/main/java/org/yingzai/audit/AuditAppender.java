package org.yingzai.audit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Appends records to the chain, in the caller's transaction, under the lock of its head. */
@Component
class AuditAppender {

  private final AuditMapper mapper;

  AuditAppender(AuditMapper mapper) {
    this.mapper = mapper;
  }

  void append(List<PendingEntry> entries) {
    AuditHead head = mapper.lockHead();
    AuditChain chain = new AuditChain();
    long seq = head.seq();
    String prev = head.hash();
    List<AuditRecord> records = new ArrayList<>(entries.size());
    for (PendingEntry entry : entries) {
      AuditRecord unhashed = entry.at(++seq, prev);
      String hash = chain.hash(prev, unhashed);
      records.add(unhashed.withHash(hash));
      prev = hash;
    }
    if (records.size() == 1) {
      mapper.insertOne(records.get(0));
    } else {
      mapper.insert(records);
    }
    mapper.updateHead(seq, prev);
  }
}
