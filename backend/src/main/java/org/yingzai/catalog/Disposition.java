package org.yingzai.catalog;

/** How a proof is handled; only {@code REQUIRED} proofs are ever asked for as uploads. */
public enum Disposition {
  /** 直接取消: nobody asks for it any more. */
  ABOLISHED,
  /** 数据共享核验: fetched from its provider with the applicant's consent. */
  DATA_SHARING,
  /** 告知承诺: replaced by the applicant's signed commitment. */
  COMMITMENT,
  /** 部门核验: the handling department checks it itself. */
  DEPARTMENT_VERIFICATION,
  /** 仍需提交: the applicant still uploads it. */
  REQUIRED
}
