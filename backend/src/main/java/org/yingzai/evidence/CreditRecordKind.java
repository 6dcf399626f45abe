package org.yingzai.evidence;

/** Why an enterprise has a credit record. */
enum CreditRecordKind {
  /** a commitment it signed was found false on verification (虚假承诺) */
  FALSE_COMMITMENT,
  /** listed as dishonest by some authority (失信名单), e.g. a court's list of judgment defaulters */
  DISHONEST_LIST,
  /** a material promised at a green-channel acceptance (容缺受理) did not come by its day */
  BROKEN_PROMISE
}
