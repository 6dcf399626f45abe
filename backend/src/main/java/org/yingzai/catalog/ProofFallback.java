package org.yingzai.catalog;

/** What an applicant is offered when a shared-data proof cannot be fetched. */
public enum ProofFallback {
  /** 告知承诺: sign the proof's commitment text. */
  COMMITMENT,
  /** 提交材料: upload the proof after all. */
  UPLOAD
}
