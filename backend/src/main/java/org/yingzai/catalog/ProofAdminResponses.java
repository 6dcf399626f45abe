package org.yingzai.catalog;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import org.yingzai.catalog.ProofAdminMapper.MaterialUse;
import org.yingzai.catalog.ProofAdminMapper.TextRow;
import org.yingzai.shared.Times;

/** Response bodies of the proof catalogue's administration API. */
final class ProofAdminResponses {

  private ProofAdminResponses() {}

  /**
   * A proof as administrators see it: its terms as fields of their own, then the rest.
   *
   * @param commitment the current commitment text, for proofs that allow commitments
   * @param usedBy the materials that point to it; shown for one proof, not in lists
   */
  record ProofAdminResponse(
      @JsonUnwrapped ProofTerms terms,
      boolean sample,
      CommitmentTextResponse commitment,
      OffsetDateTime updatedAt,
      String updatedBy,
      List<MaterialUse> usedBy) {

    static ProofAdminResponse of(StoredProof proof, List<MaterialUse> usedBy) {
      return new ProofAdminResponse(
          proof.terms(),
          proof.sample(),
          proof.allowsCommitment() && proof.latest() != null
              ? CommitmentTextResponse.of(proof.code(), proof.latest())
              : null,
          Times.local(proof.updatedAt()),
          proof.updatedBy(),
          usedBy);
    }
  }

  record CommitmentTextResponse(
      String proofCode,
      int version,
      String text,
      String sha256,
      OffsetDateTime createdAt,
      String createdBy) {

    static CommitmentTextResponse of(TextRow row) {
      return of(row.proofCode(), row);
    }

    /** The text as a version of the proof named {@code proofCode}. */
    static CommitmentTextResponse of(String proofCode, TextRow row) {
      return new CommitmentTextResponse(
          proofCode,
          row.version(),
          row.text(),
          row.sha256(),
          Times.local(row.createdAt()),
          row.createdBy());
    }
  }

  /**
   * An entry of a proof's audit trail.
   *
   * @param via {@code API} or {@code IMPORT}
   * @param source the imported file's name
   * @param before the proof before the change; {@code null} when it was created
   * @param after the proof after the change; {@code null} when it was deleted
   */
  record ProofChangeResponse(
      long id,
      String proofCode,
      String action,
      String via,
      String source,
      String changedBy,
      OffsetDateTime changedAt,
      JsonNode before,
      JsonNode after) {}

  /** What an import did, or would do on a dry run. */
  record ImportResponse(
      boolean dryRun,
      String format,
      int rows,
      int created,
      int updated,
      int unchanged,
      List<ImportedRow> changes) {}

  /**
   * A row of an imported file that creates or changes a proof.
   *
   * @param action {@code CREATED} or {@code UPDATED}
   * @param fields the columns that differ from the catalogue, for updates
   */
  record ImportedRow(int line, String code, String action, List<String> fields) {}
}
