package org.yingzai.projects;

import java.util.Optional;

/** The four approval stages of a construction project (国办发〔2019〕11号), in order. */
public enum Stage {
  /** 立项用地规划许可 */
  LAND_AND_PLANNING,
  /** 工程建设许可 */
  CONSTRUCTION_PERMIT_PLANNING,
  /** 施工许可 */
  CONSTRUCTION_PERMIT,
  /** 竣工验收: a joint acceptance (联合验收) */
  COMPLETION_ACCEPTANCE;

  /** The stage that opens once this one finished with every item approved. */
  public Optional<Stage> next() {
    Stage[] stages = values();
    return ordinal() + 1 < stages.length ? Optional.of(stages[ordinal() + 1]) : Optional.empty();
  }
}
