package org.yingzai.identity;

/**
 * A place where applications are taken in person: the zone's service hall (政务服务大厅), which takes in
 * every item, or a town station (便民服务站), which takes in the items listed for it.
 */
public enum StationKind {
  HALL,
  STATION
}
