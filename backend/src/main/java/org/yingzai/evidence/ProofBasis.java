package org.yingzai.evidence;

/** What a proof of an application rests on. */
enum ProofBasis {
  /** shared evidence the applicant consented to */
  EVIDENCE,
  /** a signed commitment */
  COMMITMENT,
  /** an uploaded file */
  UPLOAD,
  /** nothing: the proof is abolished */
  ABOLISHED,
  /** nothing from the applicant: the department verifies it itself */
  DEPARTMENT_VERIFICATION
}
