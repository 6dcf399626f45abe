package org.yingzai.identity;

/**
 * The service hall or a town service station where applications are taken in person (就近办理).
 *
 * @param openingHours as the station publishes them, e.g. 周一至周五 9:00–12:00, 13:30–17:00
 */
public record Station(
    String code,
    String name,
    String town,
    StationKind kind,
    String address,
    String openingHours,
    String phone) {

  /** Whether it is the service hall, which takes in every item. */
  public boolean isHall() {
    return kind == StationKind.HALL;
  }
}
