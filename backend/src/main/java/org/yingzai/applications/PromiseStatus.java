package org.yingzai.applications;

/** Where the promise to supply a material missing at acceptance (容缺受理) stands. */
public enum PromiseStatus {
  /** the material is still to come */
  PROMISED,
  /** uploaded in time */
  SUPPLIED,
  /** its day passed without it: the result is withheld, the enterprise has a credit record */
  BROKEN,
  /** the application was withdrawn, refused or denied before the material came */
  CANCELLED
}
