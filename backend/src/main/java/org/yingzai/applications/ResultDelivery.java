package org.yingzai.applications;

/**
 * Where the applicant gets the result: online (downloaded), or handed over at the station that took
 * the application.
 */
public enum ResultDelivery {
  ONLINE,
  STATION
}
