package org.yingzai.catalog;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reads and writes of the proof catalogue's administration, its texts and its audit trail. */
@Mapper
interface ProofAdminMapper {

  /** One version of a commitment text. */
  record TextRow(
      String proofCode,
      int version,
      String text,
      String sha256,
      Instant createdAt,
      String createdBy) {}

  /** One entry of the audit trail; the states are JSON objects. */
  record ChangeRow(
      Long id,
      String proofCode,
      ProofChangeAction action,
      ProofChangeVia via,
      String source,
      String changedBy,
      Instant changedAt,
      String beforeJson,
      String afterJson) {}

  /** A material of a service item that points to a proof. */
  record MaterialUse(String itemCode, String itemName, String materialCode, String materialName) {}

  /**
   * Proofs matching every given part, ordered by code.
   *
   * @param pattern a {@code LIKE} pattern (with {@code \} escaping) on code, name or authority
   */
  List<StoredProof> findPage(
      @Param("disposition") Disposition disposition,
      @Param("pattern") String pattern,
      @Param("offset") long offset,
      @Param("limit") int limit);

  long count(@Param("disposition") Disposition disposition, @Param("pattern") String pattern);

  /** Every proof, ordered by code. */
  List<StoredProof> findAll();

  Optional<StoredProof> findByCode(@Param("code") String code);

  /** The proof, its row locked until the transaction ends. */
  Optional<StoredProof> lockByCode(@Param("code") String code);

  /** The proofs with these codes that exist, their rows locked until the transaction ends. */
  List<StoredProof> lockByCodes(@Param("codes") Collection<String> codes);

  void insertAll(@Param("rows") List<StoredProof> rows);

  /** Writes every field but the code, {@code sample} and the commitment text. */
  int update(StoredProof proof);

  int delete(@Param("code") String code);

  void insertTexts(@Param("texts") List<TextRow> texts);

  /** The proof's commitment texts, newest version first. */
  List<TextRow> findTexts(@Param("code") String code);

  List<MaterialUse> findUses(@Param("code") String code);

  void insertChanges(@Param("changes") List<ChangeRow> changes);

  /** The proof's audit trail, newest first. */
  List<ChangeRow> findChanges(
      @Param("code") String code, @Param("offset") long offset, @Param("limit") int limit);

  long countChanges(@Param("code") String code);
}
