package org.yingzai.catalog;

/** What a change in the proof catalogue's audit trail did to its proof. */
enum ProofChangeAction {
  CREATED,
  UPDATED,
  DELETED,
  COMMITMENT_TEXT_PUBLISHED
}
