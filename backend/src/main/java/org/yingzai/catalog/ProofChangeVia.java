package org.yingzai.catalog;

/** How a change reached the proof catalogue: one proof at a time, or a file of many. */
enum ProofChangeVia {
  API,
  IMPORT
}
