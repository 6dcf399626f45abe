package org.yingzai.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A proof as an administrator wants it, checked by {@link ProofRules}: what is written to the
 * catalogue on create, update or import.
 *
 * @param commitmentText the commitment text to publish if it differs from the current one; {@code
 *     null} to keep the current one (or for proofs without commitment)
 */
record ProofDraft(ProofTerms terms, String commitmentText) {

  String code() {
    return terms.code();
  }

  /** The fields in which the stored proof differs from this one, in column order. */
  List<ProofField> differencesFrom(StoredProof stored) {
    List<ProofField> fields = new ArrayList<>();
    for (ProofField field : ProofField.values()) {
      // the code names the proof: the stored one has this draft's code
      if (field.isTerm()
          && field != ProofField.CODE
          && !Objects.equals(field.of(terms), field.of(stored.terms()))) {
        fields.add(field);
      }
    }
    if (publishesTextOver(stored)) {
      fields.add(ProofField.COMMITMENT_TEXT);
    }
    return fields;
  }

  /** Whether writing this draft publishes a new version of the commitment text. */
  boolean publishesTextOver(StoredProof stored) {
    return commitmentText != null
        && (stored == null || !commitmentText.equals(stored.latestText()));
  }
}
