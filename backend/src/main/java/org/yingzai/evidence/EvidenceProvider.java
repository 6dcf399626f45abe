package org.yingzai.evidence;

import java.util.Set;

/**
 * A source of shared evidence about enterprises (数据共享): an authority's register, looked up by the
 * enterprise's unified social credit code. A provider never throws for what it cannot deliver: it
 * answers a {@link EvidenceResult.Failed} with the reason.
 */
interface EvidenceProvider {

  /** The name proofs in the catalogue use for it, e.g. {@code market-register}. */
  String name();

  /** The kinds of evidence it serves, e.g. {@code MARKET_ENTITY}. */
  Set<String> evidenceTypes();

  EvidenceResult fetch(String creditCode, String evidenceType);
}
