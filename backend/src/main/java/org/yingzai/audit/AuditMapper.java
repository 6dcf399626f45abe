package org.yingzai.audit;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AuditMapper {

  /** The head, locked until the transaction ends: appends take their turns here. */
  AuditHead lockHead();

  AuditHead head();

  void insertOne(AuditRecord record);

  void insert(@Param("records") List<AuditRecord> records);

  void updateHead(@Param("seq") long seq, @Param("hash") String hash);

  /** Up to {@code limit} records after {@code afterSeq}, in seq order: the chain in pages. */
  List<AuditRecord> chainAfter(@Param("afterSeq") long afterSeq, @Param("limit") int limit);

  List<AuditAnchor> anchors();

  void insertAnchor(AuditAnchor anchor);

  /** Newest first, filtered; {@code beforeSeq} (optional) continues an export. */
  List<AuditRecord> find(
      @Param("filter") AuditFilter filter,
      @Param("beforeSeq") Long beforeSeq,
      @Param("offset") long offset,
      @Param("limit") int limit);

  long count(@Param("filter") AuditFilter filter);

  /** The archived stretches in chain order. */
  List<AuditArchive> archives();

  /** The last archived stretch, or null before the first archive. */
  AuditArchive lastArchive();

  /** The first record after {@code afterSeq} that is not older than {@code cutoff}, or null. */
  Long firstSeqKept(@Param("afterSeq") long afterSeq, @Param("cutoff") Instant cutoff);

  /** The last record's seq, or null when the table holds none after {@code afterSeq}. */
  Long lastSeq(@Param("afterSeq") long afterSeq);

  void insertArchive(AuditArchive archive);

  /** Deletes an archived stretch; the trigger refuses records not archived or not old enough. */
  int deleteArchived(@Param("fromSeq") long fromSeq, @Param("toSeq") long toSeq);
}
