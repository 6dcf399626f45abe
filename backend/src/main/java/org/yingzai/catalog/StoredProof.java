package org.yingzai.catalog;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.yingzai.catalog.ProofAdminMapper.TextRow;

/**
 * A row of {@code proof} as administrators see it and write it, with the latest version of its
 * commitment text whatever its disposition: a proof that no longer allows commitments keeps its
 * versions.
 *
 * @param latest the commitment text of the highest version, {@code null} when none was published
 */
record StoredProof(
    ProofTerms terms, boolean sample, Instant updatedAt, String updatedBy, TextRow latest) {

  /** The proof as the draft wants it, written now by {@code by}, its latest text {@code latest}. */
  static StoredProof of(ProofDraft draft, boolean sample, Instant at, String by, TextRow latest) {
    return new StoredProof(draft.terms(), sample, at, by, latest);
  }

  /** This proof once {@code text} is published as its latest commitment text. */
  StoredProof publishing(TextRow text, Instant at, String by) {
    return new StoredProof(terms, sample, at, by, text);
  }

  String code() {
    return terms.code();
  }

  boolean allowsCommitment() {
    return terms.allowsCommitment();
  }

  /** Every field as text, as a file's row holds it: the commitment text where one is allowed. */
  Map<ProofField, String> fields() {
    Map<ProofField, String> fields = new EnumMap<>(ProofField.class);
    for (ProofField field : ProofField.values()) {
      fields.put(field, field.isTerm() ? field.textOf(terms) : null);
    }
    fields.put(ProofField.COMMITMENT_TEXT, allowsCommitment() ? latestText() : null);
    return fields;
  }

  /** The highest commitment text version, {@code null} when none was published. */
  Integer latestVersion() {
    return latest == null ? null : latest.version();
  }

  String latestText() {
    return latest == null ? null : latest.text();
  }

  /** The version a newly published commitment text gets. */
  int nextVersion() {
    return latest == null ? 1 : latest.version() + 1;
  }
}
