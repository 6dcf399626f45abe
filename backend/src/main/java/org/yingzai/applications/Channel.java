package org.yingzai.applications;

/** Where an application was taken (受理渠道): online, in the service hall, or at a town station. */
public enum Channel {
  ONLINE,
  HALL,
  STATION
}
