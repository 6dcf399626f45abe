package org.yingzai.clock;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.yingzai.support.Api;
import org.yingzai.support.Journeys;

/**
 * The 2027 calendar the re-arm tests publish over HTTP (hypothetical test data: Jan 1, 4 and 5 off)
 * and withdraw afterwards; without it 2027 is counted Monday to Friday.
 */
public final class TestYear2027 {

  public static final String PATH = "/api/admin/calendar/years/2027";

  private TestYear2027() {}

  /** Publishes it as the administrator. */
  public static Api.Response publish(Journeys journeys, String admin) {
    return journeys
        .as(admin)
        .put(
            PATH,
            Map.of(
                "source",
                "测试用 2027 年安排",
                "days",
                List.of(
                    Map.of("day", "2027-01-01", "kind", "HOLIDAY", "name", "元旦"),
                    Map.of("day", "2027-01-04", "kind", "HOLIDAY", "name", "元旦"),
                    Map.of("day", "2027-01-05", "kind", "HOLIDAY", "name", "元旦"))));
  }

  /** The status of the withdrawal. */
  public static int withdraw(Journeys journeys, String admin) {
    return journeys
        .http(admin)
        .exchange(PATH, HttpMethod.DELETE, null, String.class)
        .getStatusCode()
        .value();
  }
}
