package org.yingzai.catalog;

/** How much the zone risks by trusting a commitment for a proof; sets the verification rate. */
public enum RiskLevel {
  LOW,
  MEDIUM,
  HIGH
}
