package org.yingzai.evidence;

import org.yingzai.catalog.Proof.CommitmentText;

/** The commitment text an applicant is shown and signs, with what the signature must name. */
record CommitmentTextResponse(int version, String text, String sha256) {

  static CommitmentTextResponse of(CommitmentText text) {
    return text == null
        ? null
        : new CommitmentTextResponse(text.version(), text.text(), text.sha256());
  }
}
