package org.yingzai.catalog;

/** {@code INSTANT} items (即办件) are decided on the spot, {@code COMMITTED} ones (承诺件) in time. */
public enum HandlingType {
  INSTANT,
  COMMITTED
}
