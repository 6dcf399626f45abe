package org.yingzai.audit;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AuditMapper {

  /** The head, locked until the transaction ends: appends take their turns here. */
  AuditHead lockHead();

  AuditHead head();

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
}
